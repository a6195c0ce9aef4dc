import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadPackageTexts } from './data/load.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App load={loadPackageTexts} />
  </StrictMode>,
);
