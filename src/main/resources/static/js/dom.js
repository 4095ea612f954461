// Building DOM from data without HTML strings: text goes in as textContent, never as markup.

/** An element with attributes (className, title, …) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name === 'className') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replaceChildren(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A <dl> body: [term, value] pairs. */
export function definitions(dl, pairs) {
  replaceChildren(dl, pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

/**
 * The head of a proposals table (a plan's, a donor scenario's): four columns whose widths the stylesheet
 * fixes (table.proposals), so that the table fits its panel.
 */
export function proposalHead(...titles) {
  return el('tr', {}, titles.map((title) => el('th', {}, title)));
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
  children.forEach((c) => element.append(c));
  return element;
}

/** Popups wide enough for "term value" lines (a narrow popup wrapped values one character per line). */
export const POPUP_OPTIONS = { minWidth: 220, maxWidth: 340, autoPanPaddingTopLeft: [20, 180], autoPanPaddingBottomRight: [20, 20] };
