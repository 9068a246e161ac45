import sharp from 'sharp';

// Demo photos are drawn, not downloaded: the seed must run offline, stay deterministic and ship
// no third-party pictures with licensing questions. Each scene is a small SVG illustration
// rasterised by sharp. No text is drawn, because the seeding machine may have no CJK fonts.

export type DemoScene =
  | 'river' | 'snow' | 'city' | 'field' | 'factory'
  | 'market' | 'stage' | 'mountain' | 'tram' | 'classroom';

const W = 1200;
const H = 800;

/** Sky gradients (top, bottom); the variant picks one so photos in a gallery differ. */
const SKIES: ReadonlyArray<readonly [string, string]> = [
  ['#7fb8ec', '#e3f1fb'], // clear day
  ['#f49a6c', '#fde3c8'], // sunrise
  ['#8a7fc9', '#f6c5dc'], // dusk
  ['#b9c6cf', '#eef2f4'], // overcast
  ['#4a74c9', '#b4d6f5'], // deep winter blue
];

/** Small seeded PRNG (mulberry32), so the same scene and variant always draw the same picture. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360},${s}%,${l}%)`;
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

function sky(v: number, colors: readonly [string, string] = SKIES[v % SKIES.length]!): string {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/>
  </linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
}

const sun = (r: () => number) =>
  `<circle cx="${150 + r() * 900}" cy="${90 + r() * 90}" r="55" fill="#fff7d6" opacity="0.85"/>`;

/** A wavy ridge from the left edge to the right, filled down to the bottom of the picture. */
function ridge(r: () => number, y: number, amp: number, fill: string, steps = 6): string {
  let d = `M0 ${y}`;
  for (let i = 1; i <= steps; i++) {
    const x = (W / steps) * i;
    d += ` Q${x - W / steps / 2} ${y - amp * (0.3 + r())} ${x} ${y + (r() - 0.5) * amp * 0.4}`;
  }
  return `<path d="${d} L${W} ${H} L0 ${H} Z" fill="${fill}"/>`;
}

const tree = (x: number, y: number, s: number, c: string) =>
  `<rect x="${x - 4 * s}" y="${y}" width="${8 * s}" height="${30 * s}" fill="#6b4f3a"/>` +
  `<circle cx="${x}" cy="${y - 8 * s}" r="${24 * s}" fill="${c}"/>`;

const pine = (x: number, y: number, s: number, c: string) =>
  `<polygon points="${x},${y - 90 * s} ${x - 34 * s},${y} ${x + 34 * s},${y}" fill="${c}"/>` +
  `<rect x="${x - 5 * s}" y="${y}" width="${10 * s}" height="${16 * s}" fill="#5a4030"/>`;

/** Rows of building blocks with lit windows. */
function skyline(r: () => number, base: number, hue: number, light: number, lit: number): string {
  let out = '';
  for (let x = -20; x < W; x += 70 + r() * 60) {
    const w = 60 + r() * 70, h = 120 + r() * 220;
    out += `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="${hsl(hue, 18, light)}"/>`;
    for (let wy = base - h + 16; wy < base - 20; wy += 28)
      for (let wx = x + 10; wx < x + w - 14; wx += 22)
        if (r() < lit) out += `<rect x="${wx}" y="${wy}" width="10" height="14" fill="#ffe9a8" opacity="0.8"/>`;
  }
  return out;
}

const SCENES: Record<DemoScene, (r: () => number, v: number) => string> = {
  river: (r, v) =>
    sky(v) + sun(r) + ridge(r, 420, 70, hsl(140 + v * 12, 22, 58)) +
    `<rect y="450" width="${W}" height="350" fill="${hsl(95 + v * 8, 38, 52)}"/>` +
    `<path d="M0 800 C220 660 470 560 590 460 L650 460 C720 560 930 690 1200 800 Z" fill="${hsl(205 + v * 6, 55, 55)}"/>` +
    times(6, (i) => `<ellipse cx="${560 + (r() - 0.5) * 300}" cy="${520 + i * 45}" rx="${30 + i * 18}" ry="3" fill="#fff" opacity="0.5"/>`) +
    times(10, (i) => tree(i < 5 ? 40 + i * 90 + r() * 30 : 760 + (i - 5) * 95 + r() * 30, 500 + r() * 120, 1 + r() * 0.6, hsl(110 + v * 20 + r() * 30, 40, 35))),
  snow: (r, v) =>
    // odd variants are the ice festival by night, even ones by day
    sky(v, v % 2 ? ['#101a3a', '#3b4f8a'] : [SKIES[4]![0], '#e8f4ff']) + ridge(r, 520, 80, v % 2 ? '#c9d6ee' : '#f4f8fc') +
    `<rect y="600" width="${W}" height="200" fill="${v % 2 ? '#dfe7f5' : '#ffffff'}"/>` +
    times(7, (i) => {
      const x = 120 + i * 150, h = 140 + r() * 200, c = hsl(180 + v * 40 + i * 25, 70, 75);
      return `<rect x="${x}" y="${620 - h}" width="90" height="${h}" fill="${c}" opacity="0.85"/>` +
        `<polygon points="${x - 10},${620 - h} ${x + 45},${560 - h} ${x + 100},${620 - h}" fill="${c}" opacity="0.9"/>`;
    }) +
    times(140, () => `<circle cx="${r() * W}" cy="${r() * H}" r="${1.5 + r() * 4}" fill="#fff" opacity="${0.5 + r() * 0.5}"/>`),
  city: (r, v) =>
    sky(v) + skyline(r, 620, 215 + v * 15, 70, 0) + skyline(r, 680, 220 + v * 15, 38, v % 2 ? 0.5 : 0.15) +
    `<rect y="680" width="${W}" height="120" fill="#5d6470"/>` +
    times(8, (i) => `<rect x="${i * 160 + 30}" y="736" width="80" height="8" fill="#f2f2f2"/>`),
  field: (r, v) => {
    const gold = hsl(40 + v * 10, 70, 55), dark = hsl(35 + v * 10, 60, 42);
    return sky(v) + sun(r) + ridge(r, 420, 30, hsl(120, 25, 40), 10) +
      times(16, (i) => {
        const x0 = -1200 + i * 225, x1 = x0 + 225;
        return `<polygon points="600,420 ${x0},${H} ${x1},${H}" fill="${i % 2 ? gold : dark}"/>`;
      }) +
      `<rect x="880" y="360" width="110" height="70" fill="#a4503c"/><polygon points="870,360 935,315 1000,360" fill="#6e3427"/>`;
  },
  factory: (r, v) =>
    sky(v) + times(9, (i) => `<circle cx="${220 + i * 40 + r() * 30}" cy="${190 - i * 18}" r="${30 + i * 6}" fill="#eef0f2" opacity="0.7"/>`) +
    times(3, (i) => `<rect x="${200 + i * 90}" y="${180 + i * 20}" width="44" height="320" fill="#b14a3a"/><rect x="${200 + i * 90}" y="${210 + i * 20}" width="44" height="16" fill="#fff"/>`) +
    `<path d="M80 560 L80 420 ${times(8, (i) => `L${80 + i * 130 + 65} 360 L${80 + i * 130 + 130} 420`)} L1120 560 Z" fill="${hsl(210 + v * 20, 14, 62)}"/>` +
    times(14, (i) => `<rect x="${110 + i * 72}" y="460" width="44" height="34" fill="${hsl(200, 50, 80)}"/>`) +
    `<rect y="560" width="${W}" height="240" fill="#7b8088"/>`,
  market: (r, v) =>
    sky(v) + `<rect y="560" width="${W}" height="240" fill="#cbbfae"/>` +
    times(4, (i) => {
      const x = 40 + i * 290, c = hsl(v * 50 + i * 70, 65, 50);
      return `<rect x="${x + 10}" y="330" width="12" height="260" fill="#6b4f3a"/><rect x="${x + 238}" y="330" width="12" height="260" fill="#6b4f3a"/>` +
        times(6, (k) => `<polygon points="${x + k * 43},330 ${x + k * 43 + 43},330 ${x + k * 43 + 43},400 ${x + k * 43},400" fill="${k % 2 ? '#fff' : c}"/>`) +
        `<rect x="${x}" y="500" width="260" height="90" fill="#8a6a4f"/>` +
        times(9, () => `<circle cx="${x + 20 + r() * 220}" cy="${485 + r() * 20}" r="${12 + r() * 8}" fill="${hsl(20 + r() * 90, 70, 50)}"/>`);
    }) +
    times(6, (i) => `<line x1="${100 + i * 200}" y1="0" x2="${100 + i * 200}" y2="120" stroke="#333"/><circle cx="${100 + i * 200}" cy="140" r="22" fill="#d9342b"/>`),
  stage: (r, v) =>
    sky(v, [hsl(250 + v * 30, 45, 12), hsl(260 + v * 30, 40, 28)]) +
    times(5, (i) => `<polygon points="${150 + i * 225},0 ${60 + i * 225},620 ${260 + i * 225},620" fill="${hsl(40 + i * 60 + v * 30, 90, 75)}" opacity="0.18"/>`) +
    `<rect y="600" width="${W}" height="200" fill="#5a3a2c"/><rect y="600" width="${W}" height="10" fill="#c9a36a"/>` +
    times(5, (i) => {
      const x = 200 + i * 200, y = 420 + (i % 2) * 30, c = hsl(v * 45 + i * 60, 80, 55);
      return `<polygon points="${x},${y} ${x - 55},${y + 170} ${x + 55},${y + 170}" fill="${c}"/>` +
        `<circle cx="${x}" cy="${y - 22}" r="24" fill="#f1c9a5"/>` +
        `<path d="M${x + 30} ${y + 20} A50 50 0 0 1 ${x + 110} ${y - 20} L${x + 40} ${y + 10} Z" fill="#ff5a5f"/>`;
    }),
  mountain: (r, v) =>
    sky(v) + sun(r) + ridge(r, 380, 260, hsl(215, 20, 72), 4) +
    ridge(r, 470, 160, hsl(190 + v * 10, 22, 52), 5) + `<rect y="460" width="${W}" height="40" fill="#fff" opacity="0.35"/>` +
    ridge(r, 600, 80, hsl(130 + v * 10, 30, 32), 7) +
    times(14, (i) => pine(40 + i * 85 + r() * 30, 700 + r() * 80, 0.8 + r() * 0.8, hsl(140 + v * 8, 40, 22 + r() * 10))),
  tram: (r, v) => {
    const c = hsl(v * 70 + 90, 55, 55);
    return sky(v) + skyline(r, 560, 210, 75, 0) +
      `<rect y="560" width="${W}" height="240" fill="#9aa1a8"/>` +
      `<line x1="0" y1="200" x2="${W}" y2="200" stroke="#333" stroke-width="3"/>` +
      `<rect x="120" y="380" width="960" height="220" rx="40" fill="${c}"/>` +
      `<rect x="120" y="560" width="960" height="20" fill="${hsl(v * 70 + 90, 40, 35)}"/>` +
      times(8, (i) => `<rect x="${170 + i * 110}" y="410" width="80" height="90" rx="10" fill="#dceefa"/>`) +
      `<path d="M560 380 L600 300 L640 380 M600 300 L600 200" stroke="#333" stroke-width="5" fill="none"/>` +
      times(4, (i) => `<circle cx="${230 + i * 250}" cy="610" r="28" fill="#333"/>`) +
      `<rect y="636" width="${W}" height="8" fill="#555"/><rect y="676" width="${W}" height="8" fill="#555"/>`;
  },
  classroom: (r, v) =>
    sky(v, [hsl(40 + v * 25, 45, 86), hsl(40 + v * 25, 35, 78)]) +
    `<rect x="60" y="100" width="240" height="300" fill="${SKIES[v % 5]![0]}" stroke="#fff" stroke-width="12"/>` +
    `<line x1="180" y1="100" x2="180" y2="400" stroke="#fff" stroke-width="8"/>` +
    `<rect x="400" y="110" width="700" height="300" fill="#2f5d4a" stroke="#8a6a4f" stroke-width="14"/>` +
    times(4, (i) => `<path d="M${460 + i * 150} ${180 + r() * 120} q40 -40 80 0 t80 0" stroke="#f3f3f3" stroke-width="5" fill="none" opacity="0.7"/>`) +
    `<rect y="520" width="${W}" height="280" fill="${hsl(30, 35, 72)}"/>` +
    times(2, (row) => times(4, (i) => {
      const x = 80 + i * 280 + row * 40, y = 560 + row * 120;
      return `<rect x="${x + 55}" y="${y - 40}" width="70" height="50" rx="20" fill="${hsl(v * 60 + i * 90, 50, 50)}"/>` +
        `<circle cx="${x + 90}" cy="${y - 62}" r="24" fill="#f1c9a5"/><path d="M${x + 66} ${y - 64} a24 24 0 0 1 48 0 z" fill="#2b2b2b"/>` +
        `<rect x="${x}" y="${y}" width="180" height="24" fill="#c08a58"/><rect x="${x + 10}" y="${y + 24}" width="10" height="70" fill="#6b4f3a"/><rect x="${x + 160}" y="${y + 24}" width="10" height="70" fill="#6b4f3a"/>`;
    })),
};

const SCENE_SEED: Record<DemoScene, number> = {
  river: 1, snow: 2, city: 3, field: 4, factory: 5, market: 6, stage: 7, mountain: 8, tram: 9, classroom: 10,
};

/** Draws one demo photo (1200x800 JPEG). Different variants give different colours and layouts. */
export async function renderDemoPhoto(scene: DemoScene, variant: number): Promise<Buffer> {
  const v = Math.abs(Math.trunc(variant));
  const body = SCENES[scene](rng(SCENE_SEED[scene] * 1000 + v), v);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
  // 960 px wide: three rendition widths per photo keep the first run's processing short.
  return sharp(Buffer.from(svg)).resize({ width: 960 }).jpeg({ quality: 80 }).toBuffer();
}
