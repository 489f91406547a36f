import type { CSSProperties } from 'react';

/** The marketplace's colour, so two panes on different marketplaces never look alike. */
export function MarketplaceDot({ color }: { color: string }) {
  return (
    <span
      className="marketplace-dot"
      aria-hidden="true"
      style={{ '--marketplace-color': color } as CSSProperties}
    />
  );
}
