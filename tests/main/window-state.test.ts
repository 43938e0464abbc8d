import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToDisplays, parseWindowState } from '../../src/main/window-state';

const display = (x: number, y: number, width: number, height: number) => ({ workArea: { x, y, width, height } });

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":900,"height":600,"isMaximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 600,
      isMaximized: true,
    });
  });
  it('keeps the size but drops a partial or non-integer position', () => {
    expect(parseWindowState('{"x":10,"width":900,"height":600}')).toEqual({ width: 900, height: 600, isMaximized: false });
    expect(parseWindowState('{"x":1.5,"y":2,"width":900,"height":600}')).toEqual({ width: 900, height: 600, isMaximized: false });
  });
  it('returns null for anything else', () => {
    for (const bad of ['', '{', 'null', '7', '"x"', '[]', '{}', '{"width":900}', '{"width":100,"height":100}', '{"width":1e9,"height":600}', '{"width":"900","height":"600"}']) {
      expect(parseWindowState(bad), bad).toBeNull();
    }
  });
});

describe('fitToDisplays', () => {
  const primary = display(0, 0, 1920, 1080);
  it('keeps a window whose title bar is on a display, including a second one left of the primary', () => {
    const s = { x: -1500, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(s, [primary, display(-1920, 0, 1920, 1080)], primary)).toEqual(s);
  });
  it('centres a window whose display is gone, shrinking it to the primary display', () => {
    const s = { x: -3000, y: 100, width: 2500, height: 700, isMaximized: false };
    expect(fitToDisplays(s, [primary], primary)).toEqual({ width: 1920, height: 700, isMaximized: false });
  });
  it('centres a window whose title bar is above the screen', () => {
    const s = { x: 100, y: -600, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(s, [primary], primary).x).toBeUndefined();
  });
  it('leaves the default state as it is on a normal display', () => {
    expect(fitToDisplays(DEFAULT_STATE, [primary], primary)).toEqual(DEFAULT_STATE);
  });
});
