import type { PrismTheme } from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

/** Reads `#rgb`, `#rrggbb` or `rgb(r, g, b)`; undefined for anything else (named colours, hsl). */
export function parseColor(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
    const [r = 0, g = 0, b = 0] = digits.map((pair) => Number.parseInt(pair, 16));
    return [r, g, b];
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const hex = (rgb: Rgb) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour moved towards black or white, in small steps, until it reaches `minimum` contrast. */
function readable(color: Rgb, background: Rgb, minimum: number): Rgb {
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  let mixed = color;
  for (let step = 1; contrastRatio(mixed, background) < minimum && step <= 20; step++) {
    const mix = (from: number, to: number) => from + (to - from) * (step / 20);
    mixed = [mix(color[0], target[0]), mix(color[1], target[1]), mix(color[2], target[2])];
  }
  return mixed;
}

/**
 * A copy of a Prism theme whose token colours all reach `minimum` contrast (WCAG AA: 4.5)
 * against its background, each changed as little as it needs; the hues stay recognisable.
 */
export function withContrast(theme: PrismTheme, minimum = 4.5): PrismTheme {
  const background = parseColor(theme.plain.backgroundColor ?? '');
  if (background === undefined) return theme;
  const fix = (color: string | undefined) => {
    const rgb = color === undefined ? undefined : parseColor(color);
    return rgb === undefined || contrastRatio(rgb, background) >= minimum
      ? color
      : hex(readable(rgb, background, minimum));
  };
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: { ...entry.style, color: fix(entry.style.color) },
    })),
  };
}
