// Find a hromada or a settlement by name: the names of what the map holds are offered as the user
// types; choosing one moves the map there and opens its details.
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';

const MAX_SUGGESTIONS = 3000;

function normalized(name) {
  return String(name || '').toLocaleLowerCase('uk').replace(/[’'ʼ`]/g, '').trim();
}

export function createSearch({ map, hromadas, settlements, onHromada, onStatus }) {
  const input = document.getElementById('search');
  const names = document.getElementById('search-names');

  function refresh() {
    const options = [];
    const seen = new Set();
    for (const layer of hromadas.layers()) {
      const name = layer.feature.properties.name;
      if (name && !seen.has(`h:${name}`)) {
        seen.add(`h:${name}`);
        options.push(el('option', { value: name }, t('hromada')));
      }
    }
    for (const feature of settlements.features()) {
      const name = feature.properties.name;
      if (options.length >= MAX_SUGGESTIONS) break;
      if (name && !seen.has(`s:${name}`)) {
        seen.add(`s:${name}`);
        options.push(el('option', { value: name }));
      }
    }
    replaceChildren(names, options);
  }

  function find(query) {
    const wanted = normalized(query);
    if (!wanted) return;
    const hromada = hromadas.layers().find((l) => normalized(l.feature.properties.name) === wanted)
      || hromadas.layers().find((l) => normalized(l.feature.properties.name).startsWith(wanted));
    if (hromada) {
      map.fitBounds(hromada.getBounds());
      onHromada(hromada.feature.properties);
      return;
    }
    const settlement = settlements.layer.getLayers().find((l) => normalized(l.feature.properties.name) === wanted)
      || settlements.layer.getLayers().find((l) => normalized(l.feature.properties.name).startsWith(wanted));
    if (settlement) {
      map.setView(settlement.getLatLng(), Math.max(map.getZoom(), 11));
      settlement.openPopup();
      return;
    }
    onStatus(`${t('notFound')}: ${query}`);
  }

  input.addEventListener('change', () => find(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') find(input.value);
  });
  return { refresh };
}
