// The map's points written straight into the canvas's pixels: 52,852 fillRect
// calls took 160 ms in headless Chromium (software raster, 2 cores) and held back
// the first chart; square blocks blended into one ImageData take a few ms.

/** '#rrggbb' of any CSS colour, through the canvas's own parser. */
function rgbOf(ctx, css) {
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  const hex = String(ctx.fillStyle);
  if (hex.startsWith('#')) return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  const m = hex.match(/[\d.]+/g) ?? ['0', '0', '0'];
  return m.slice(0, 3).map(Number);
}

/**
 * Paint `groups` (a list of [key, indices], later groups on top) as size×size
 * squares centred at (px(i), py(i)) in CSS pixels, colour and opacity per group,
 * blended source-over, on a canvas `dpr` device pixels per CSS pixel.
 */
export function paintPoints(ctx, { groups, px, py, size, dpr, colorOf, alphaOf }) {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  // A blank image (the map is redrawn whole): reading the canvas back would cost a GPU readback.
  const img = ctx.createImageData(W, H);
  const d = img.data;
  const s = Math.max(1, Math.round(size * dpr));
  const half = s / 2;
  for (const [key, indices] of groups) {
    const [r, g, b] = rgbOf(ctx, colorOf(key));
    const a = alphaOf(key);
    for (const i of indices) {
      const x0 = Math.round(px(i) * dpr - half);
      const y0 = Math.round(py(i) * dpr - half);
      const x1 = Math.min(W, x0 + s);
      const y1 = Math.min(H, y0 + s);
      for (let y = Math.max(0, y0); y < y1; y++) {
        for (let x = Math.max(0, x0), o = (y * W + x) * 4; x < x1; x++, o += 4) {
          const da = d[o + 3] / 255;
          const keep = da * (1 - a);
          const oa = a + keep;
          d[o] = (r * a + d[o] * keep) / oa;
          d[o + 1] = (g * a + d[o + 1] * keep) / oa;
          d[o + 2] = (b * a + d[o + 2] * keep) / oa;
          d[o + 3] = oa * 255;
        }
      }
    }
  }
  ctx.putImageData(img, 0, 0);
}
