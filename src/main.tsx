import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadMapLibre } from './map/maplibre.ts';
import './styles/app.css';

// Start downloading the map library right away, in parallel with the data package.
void loadMapLibre();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
