// Layer styles, read from /maps/styles.json (defined once for the page and the exports).
import { svg } from './dom.js';

let styles = null;

export async function loadStyles(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read ${url}: ${response.status}`);
  styles = await response.json();
  return styles;
}

export function getStyles() {
  return styles;
}

/** The hromadas class for a covered share (null/unknown register: the "unknown" class). */
export function hromadaClass(share, registerLoaded = true) {
  const h = styles.hromadas;
  if (!registerLoaded || share === null || share === undefined) return h.unknown;
  const classes = h.classes;
  for (const c of classes) {
    if (share >= c.min && share < c.max) return c;
  }
  return share >= classes[classes.length - 1].min ? classes[classes.length - 1] : classes[0];
}

export function hromadaStyle(share, registerLoaded) {
  const h = styles.hromadas;
  return {
    color: h.stroke, weight: h.strokeWidth, fillOpacity: h.fillOpacity,
    fillColor: hromadaClass(share, registerLoaded).fill,
  };
}

/** Smallest population shown at a zoom level (minZoomByPopulation: larger places appear earlier). */
export function minPopulationForZoom(zoom) {
  const rules = [...styles.settlements.minZoomByPopulation].sort((a, b) => a.population - b.population);
  for (const rule of rules) {
    if (zoom >= rule.minZoom) return rule.population;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** Point symbols drawn as SVG: square, diamond, circle, triangle, star. */
function shape(symbol, r, c) {
  switch (symbol) {
    case 'square':
      return svg('rect', { x: c - r, y: c - r, width: 2 * r, height: 2 * r });
    case 'diamond':
      return svg('polygon', { points: `${c},${c - r} ${c + r},${c} ${c},${c + r} ${c - r},${c}` });
    case 'triangle':
      return svg('polygon', { points: `${c},${c - r} ${c + r},${c + r * 0.8} ${c - r},${c + r * 0.8}` });
    case 'star': {
      const points = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push(`${(c + radius * Math.cos(angle)).toFixed(2)},${(c + radius * Math.sin(angle)).toFixed(2)}`);
      }
      return svg('polygon', { points: points.join(' ') });
    }
    default:
      return svg('circle', { cx: c, cy: c, r });
  }
}

/** An <svg> element for a symbol entry of styles.json ({symbol, color, radius}); closed: grey, dashed. */
export function symbolElement(entry, closed = false) {
  const r = entry.radius || 6;
  const size = 2 * r + 4;
  const c = size / 2;
  const closedStyle = styles.accessPoints.closed;
  const element = shape(entry.symbol || 'circle', r, c);
  element.setAttribute('fill', closed ? '#ffffff' : entry.color);
  element.setAttribute('stroke', closed ? closedStyle.color : '#ffffff');
  element.setAttribute('stroke-width', closed ? '2' : '1.2');
  if (closed) element.setAttribute('stroke-dasharray', closedStyle.dashArray);
  return svg('svg', { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: 'symbol' }, element);
}

/** A Leaflet divIcon holding the symbol (an element, not an HTML string). */
export function symbolIcon(L, entry, closed = false) {
  const element = symbolElement(entry, closed);
  const size = Number(element.getAttribute('width'));
  return L.divIcon({ html: element, className: 'symbol-icon', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}
