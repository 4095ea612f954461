// Access points by kind (distinct symbols of styles.json), with a popup of services and status; the
// what-if edits (added, removed, closed) are drawn over them.
import { getJson, urls } from '../api.js';
import { el, definitions, POPUP_OPTIONS } from '../dom.js';
import { t, label, serviceLabel } from '../i18n.js';
import { getStyles, symbolIcon } from '../styles.js';

export function createAccessPointLayer(L, { onRemove, onClose }) {
  const group = L.layerGroup();
  let features = [];
  let edits = { removed: new Set(), closed: new Set() };

  function popup(p) {
    const kindStyle = getStyles().accessPoints[p.kind] || {};
    const closed = p.status !== 'OPEN' || edits.closed.has(p.id);
    const dl = el('dl');
    definitions(dl, [
      [t('kind'), label(kindStyle.label) + (p.diaCentre ? ` (${t('diaCentre')})` : '')],
      [t('status'), closed ? t('statusClosed') : t('statusOpen')],
      [t('services'), p.services.length ? p.services.map(serviceLabel).join(', ') : t('unknown')],
      [t('address'), p.address || '—'],
    ]);
    return el('div', { className: 'popup' }, el('strong', {}, p.name), dl,
      el('div', { className: 'buttons' },
        el('button', { type: 'button', onclick: () => onRemove(p) }, t('remove')),
        el('button', { type: 'button', onclick: () => onClose(p) }, t('markClosed'))));
  }

  function draw() {
    group.clearLayers();
    const styles = getStyles().accessPoints;
    for (const f of features) {
      const p = f.properties;
      if (edits.removed.has(p.id)) continue;
      const entry = styles[p.kind] || styles.REMOTE_WORKPLACE;
      const closed = p.status !== 'OPEN' || edits.closed.has(p.id);
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], { icon: symbolIcon(L, entry, closed), title: p.name, keyboard: false });
      marker.bindPopup(() => popup(p), POPUP_OPTIONS);
      marker.feature = f;
      group.addLayer(marker);
    }
  }

  return {
    layer: group,
    async load(area) {
      features = (await getJson(urls.layer('access-points', area))).features;
      draw();
      return features.length;
    },
    setEdits(newEdits) {
      edits = newEdits;
      draw();
    },
    redraw: draw,
  };
}
