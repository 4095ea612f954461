// The planner's HTTP API: one place that knows the URLs.

async function read(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : (body && body.message) || response.statusText;
    throw new Error(message || String(response.status));
  }
  return body;
}

export async function getJson(url) {
  return read(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(url, body) {
  return read(await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

export async function deleteJson(url) {
  return read(await fetch(url, { method: 'DELETE', headers: { Accept: 'application/json' } }));
}

export async function postForm(url, form) {
  return read(await fetch(url, { method: 'POST', body: form, headers: { Accept: 'application/json' } }));
}

/** The coverage parameters every layer takes. */
export function areaParams(area, extra = {}) {
  const params = new URLSearchParams({ oblast: area.oblast, minutes: area.minutes, km: area.km, rule: area.rule });
  if (area.register) params.set('register', area.register);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

export const urls = {
  config: () => '/api/map/config',
  oblasts: () => '/api/oblasts',
  layer: (name, area, extra) => `/api/layers/${name}.geojson?${areaParams(area, extra)}`,
  kpis: (area) => `/api/layers/kpis?${areaParams(area)}`,
  hromadaAccess: (code, area) => `/api/hromadas/${encodeURIComponent(code)}/access?${areaParams(area)}`,
  whatIf: () => '/api/coverage/what-if',
  plans: () => '/api/plans',
  plan: (id) => `/api/plans/${encodeURIComponent(id)}`,
  planCoverage: (id) => `/api/plans/${encodeURIComponent(id)}/coverage`,
  proposals: (id) => `/api/layers/proposals.geojson?plan=${encodeURIComponent(id)}`,
  uploads: () => '/api/registers/uploads',
  confirmUpload: (id) => `/api/registers/uploads/${encodeURIComponent(id)}/confirm`,
  // built by another helper to this contract: GET /api/exports/{layer}?oblast=X&format=…(+ coverage params)
  exportLayer: (layer, area, format, plan) => {
    const params = areaParams(area, { format });
    if (plan) params.set('plan', plan);
    return `/api/exports/${layer}?${params}`;
  },
  // built by another helper: mobile routes jobs
  routesJob: (id) => `/api/routes/${encodeURIComponent(id)}`,
  routesGeoJson: (id) => `/api/routes/${encodeURIComponent(id)}/routes.geojson`,
};
