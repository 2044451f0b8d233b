// `npm run icons`: resources/icon.svg → the PNG sizes, a Windows .ico, a macOS .icns and the NSIS
// installer bitmaps. The SVG is rasterised by Debian's Chromium (playwright-core), once per size so
// small icons stay sharp; the containers are written here in plain JS. The outputs are committed:
// a Windows release build does not run this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/* global Image, document -- renderAll's callback runs in the page. */

const OUT = 'resources';
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (Apple's "icp4…ic14").
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const BLUE = '#1f5aa6';

/** Every image rasterised: PNG bytes and RGBA pixels (top row first), both base64. */
async function renderAll(page, svg) {
  return page.evaluate(
    async ({ svg, sizes, blue }) => {
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${svg}`;
      await img.decode();
      const out = {};
      const draw = (name, width, height, paint) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        paint(ctx);
        const rgba = ctx.getImageData(0, 0, width, height).data;
        let bin = '';
        for (let i = 0; i < rgba.length; i++) bin += String.fromCharCode(rgba[i]);
        out[name] = {
          width,
          height,
          png: canvas.toDataURL('image/png').split(',')[1],
          rgba: btoa(bin),
        };
      };
      for (const size of sizes)
        draw(String(size), size, size, (ctx) => ctx.drawImage(img, 0, 0, size, size));
      // NSIS "Modern UI" bitmaps: the welcome/finish sidebar (164×314) and the page header (150×57).
      const font = "'DejaVu Sans', 'Liberation Sans', sans-serif";
      draw('sidebar', 164, 314, (ctx) => {
        const g = ctx.createLinearGradient(0, 0, 0, 314);
        g.addColorStop(0, '#2b6cc0');
        g.addColorStop(1, '#1a4c8e');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 164, 314);
        ctx.drawImage(img, 30, 40, 104, 104);
        ctx.fillStyle = '#ffffff';
        ctx.textAlign = 'center';
        ctx.font = `bold 19px ${font}`;
        ctx.fillText('Tổng hợp', 82, 184);
        ctx.fillText('Báo cáo', 82, 208);
        ctx.font = `11px ${font}`;
        ctx.fillStyle = '#dbe6f5';
        ctx.fillText('Sở Khoa học và Công nghệ', 82, 284);
      });
      draw('header', 150, 57, (ctx) => {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, 150, 57);
        ctx.drawImage(img, 98, 6, 45, 45);
        ctx.fillStyle = blue;
        ctx.fillRect(0, 55, 150, 2);
      });
      return out;
    },
    { svg, sizes: PNG_SIZES, blue: BLUE },
  );
}

/** A 32-bit DIB as stored inside an .ico: bottom-up BGRA, height doubled, then the 1-bit AND mask. */
function icoBitmap(width, height, rgba) {
  const maskRow = Math.ceil(width / 32) * 4;
  const buf = Buffer.alloc(40 + width * height * 4 + maskRow * height);
  buf.writeUInt32LE(40, 0);
  buf.writeInt32LE(width, 4);
  buf.writeInt32LE(height * 2, 8);
  buf.writeUInt16LE(1, 12);
  buf.writeUInt16LE(32, 14);
  buf.writeUInt32LE(width * height * 4 + maskRow * height, 20);
  let o = 40;
  for (let y = height - 1; y >= 0; y--)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      buf[o++] = rgba[i + 2];
      buf[o++] = rgba[i + 1];
      buf[o++] = rgba[i];
      buf[o++] = rgba[i + 3];
    }
  // AND mask: 1 = transparent, for viewers that ignore the alpha channel.
  for (let y = height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++)
      if (rgba[(y * width + x) * 4 + 3] === 0) buf[o + (x >> 3)] |= 0x80 >> (x & 7);
    o += maskRow;
  }
  return buf;
}

/**
 * Windows icon: 256 px as PNG (Vista and later), smaller sizes as 32-bit bitmaps, which every
 * reader (Explorer, rcedit, NSIS's icon replacement) accepts.
 */
function ico(images) {
  const entries = ICO_SIZES.map((size) => {
    const image = images[String(size)];
    const data =
      size >= 256
        ? Buffer.from(image.png, 'base64')
        : icoBitmap(size, size, Buffer.from(image.rgba, 'base64'));
    return { size, data };
  });
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map((e) => e.data)]);
}

/** macOS icon: the 'icns' header, then one (type, length, PNG) element per size. */
function icns(images) {
  const parts = ICNS_TYPES.map(([type, size]) => {
    const png = Buffer.from(images[String(size)].png, 'base64');
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** 24-bit bottom-up BMP, the format NSIS's installer pages load. */
function bmp24({ width, height, rgba }) {
  const px = Buffer.from(rgba, 'base64');
  const row = Math.ceil((width * 3) / 4) * 4;
  const buf = Buffer.alloc(54 + row * height);
  buf.write('BM', 0, 'ascii');
  buf.writeUInt32LE(buf.length, 2);
  buf.writeUInt32LE(54, 10);
  buf.writeUInt32LE(40, 14);
  buf.writeInt32LE(width, 18);
  buf.writeInt32LE(height, 22);
  buf.writeUInt16LE(1, 26);
  buf.writeUInt16LE(24, 28);
  buf.writeUInt32LE(row * height, 34);
  buf.writeInt32LE(2835, 38);
  buf.writeInt32LE(2835, 42);
  for (let y = 0; y < height; y++) {
    const o = 54 + (height - 1 - y) * row;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      buf[o + x * 3] = px[i + 2];
      buf[o + x * 3 + 1] = px[i + 1];
      buf[o + x * 3 + 2] = px[i];
    }
  }
  return buf;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const images = await renderAll(page, readFileSync(join(OUT, 'icon.svg')).toString('base64'));
  mkdirSync(join(OUT, 'icons'), { recursive: true });
  for (const size of PNG_SIZES)
    writeFileSync(
      join(OUT, 'icons', `${size}x${size}.png`),
      Buffer.from(images[size].png, 'base64'),
    );
  writeFileSync(join(OUT, 'icon.png'), Buffer.from(images['512'].png, 'base64'));
  writeFileSync(join(OUT, 'icon.ico'), ico(images));
  writeFileSync(join(OUT, 'icon.icns'), icns(images));
  writeFileSync(join(OUT, 'installer-sidebar.bmp'), bmp24(images.sidebar));
  writeFileSync(join(OUT, 'installer-header.bmp'), bmp24(images.header));
  console.log(
    `Đã tạo biểu tượng trong ${OUT}/ (${PNG_SIZES.join(', ')} px, .ico, .icns, ảnh trình cài đặt).`,
  );
} finally {
  await browser.close();
}
