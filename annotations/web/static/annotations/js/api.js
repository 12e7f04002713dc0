// The one way the pages talk to the REST API: session cookie + CSRF token, JSON in and out,
// and errors turned into words a person can act on.

const API_ROOT = "/api/v1/";

export class ApiError extends Error {
  constructor(status, body, message) {
    super(message);
    this.status = status;
    this.body = body || {};
  }

  get isStale() {
    return this.status === 409;
  }
}

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta && meta.content) return meta.content;
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : "";
}

export function apiUrl(path, params) {
  const url = new URL(path.startsWith("/") ? path : API_ROOT + path, window.location.origin);
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      const values = Array.isArray(value) ? value : [value];
      for (const one of values) {
        if (one !== undefined && one !== null && one !== "") url.searchParams.append(name, one);
      }
    }
  }
  return url.toString();
}

// The message to show for a failed request: the server's `detail`, else something in words.
export function describeError(error) {
  if (error instanceof ApiError) return error.message;
  return "The server could not be reached (" + (error && error.message ? error.message : "network error") + ").";
}

function messageFor(status, body) {
  if (body && typeof body.detail === "string" && body.detail) return body.detail;
  if (body && body.errors) {
    return Object.entries(body.errors)
      .map(([name, messages]) => name + ": " + [].concat(messages).join("; "))
      .join(" ");
  }
  if (status === 403) return "You are not allowed to do this (or your session has expired: sign in again).";
  if (status === 404) return "Not found: it may have been deleted, or this part of the API is not available yet.";
  if (status >= 500) return "The server failed (HTTP " + status + "). Try again in a moment.";
  return "The request failed (HTTP " + status + ").";
}

export async function request(method, path, { params, json, form } = {}) {
  const headers = { Accept: "application/json" };
  const options = { method, headers, credentials: "same-origin" };
  if (method !== "GET" && method !== "HEAD") headers["X-CSRFToken"] = csrfToken();
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(json);
  } else if (form !== undefined) {
    options.body = form;
  }
  const response = await fetch(apiUrl(path, params), options);
  if (response.status === 204) return null;
  const text = await response.text();
  let body = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch (parseError) {
      body = { detail: "" };
    }
  }
  if (!response.ok) throw new ApiError(response.status, body, messageFor(response.status, body));
  return body;
}

export const api = {
  get: (path, params) => request("GET", path, { params }),
  post: (path, json, params) => request("POST", path, { json, params }),
  patch: (path, json) => request("PATCH", path, { json }),
  delete: (path) => request("DELETE", path),
  upload: (path, form) => request("POST", path, { form }),
};

// Every item of a list endpoint, following `next` links (cursor or limit/offset pagination).
export async function getAll(path, params) {
  let body = await api.get(path, params);
  if (Array.isArray(body)) return body;
  const items = [...(body.results || [])];
  while (body.next) {
    body = await request("GET", body.next);
    items.push(...(body.results || []));
  }
  return items;
}

// A small status line that says what happened to each save, with a retry button on failure.
export class SaveStatus {
  constructor(element) {
    this.element = element;
    this.pending = 0;
  }

  async run(what, action) {
    this.pending += 1;
    this.show("saving", what + "…");
    try {
      const result = await action();
      this.pending -= 1;
      this.show("saved", what + ": saved.");
      return result;
    } catch (error) {
      this.pending -= 1;
      this.fail(what, error, () => this.run(what, action));
      throw error;
    }
  }

  fail(what, error, retry) {
    this.show("failed", what + " failed: " + describeError(error));
    if (retry) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "retry";
      button.textContent = "Retry";
      button.addEventListener("click", () => retry().catch(() => {}));
      this.element.append(" ", button);
    }
  }

  show(state, text) {
    this.element.dataset.state = state;
    this.element.textContent = text;
  }
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function readJson(id) {
  const node = document.getElementById(id);
  return node ? JSON.parse(node.textContent) : null;
}
