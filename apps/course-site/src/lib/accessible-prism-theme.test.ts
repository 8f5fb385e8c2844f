import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, withContrast } from './accessible-prism-theme';

/** Every token colour of a theme with its contrast against the theme's background. */
function contrasts(theme: ReturnType<typeof withContrast>) {
  const background = parseColor(theme.plain.backgroundColor ?? '');
  if (background === undefined) throw new Error('the theme has no readable background');
  return [theme.plain.color, ...theme.styles.map((entry) => entry.style.color)]
    .flatMap((color) => (color === undefined ? [] : [parseColor(color)]))
    .map((rgb) => (rgb === undefined ? 0 : contrastRatio(rgb, background)));
}

describe('code block colours', () => {
  it.each([
    ['github (light)', themes.github],
    ['dracula (dark)', themes.dracula],
  ])('reach 4.5:1 against the background in %s once adjusted', (_, theme) => {
    expect(Math.min(...contrasts(theme))).toBeLessThan(4.5);

    expect(Math.min(...contrasts(withContrast(theme)))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps colours that already pass as they are', () => {
    const adjusted = withContrast(themes.github);

    expect(adjusted.plain.color).toBe(themes.github.plain.color);
  });

  it('reads hex and rgb() colours', () => {
    expect(parseColor('#0af')).toEqual([0, 170, 255]);
    expect(parseColor('rgb(98, 114, 164)')).toEqual([98, 114, 164]);
    expect(parseColor('hsl(1, 2%, 3%)')).toBeUndefined();
  });
});
