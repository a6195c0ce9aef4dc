import { CATEGORY_INFO, type Category } from '../../../domain/supply/categories.ts';

/** The map's facility symbol in the page: a disc with the category letter, hollow when closed. */
export function FacilitySymbol(props: { category: Category; closed?: boolean }) {
  return (
    <span className={`facility-symbol${props.closed ? ' closed' : ''}`} aria-hidden="true">
      {CATEGORY_INFO[props.category].letter}
    </span>
  );
}
