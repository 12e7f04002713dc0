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

// The status line of a page's saves. It says what happened to the last save and stays true:
// a save that could not reach the server (offline, server error) is kept in a queue and sent again
// when the connection returns or when the person presses Retry; the promise `run` returns settles
// only when the save has really been stored (or was refused for good, e.g. a 400 or a 409), so the
// caller draws its result exactly once, whenever that happens.
function retryable(error) {
  return !(error instanceof ApiError) || error.status >= 500 || error.status === 408 || error.status === 429;
}

export class SaveStatus {
  constructor(element, { onMark } = {}) {
    this.element = element;
    this.onMark = onMark || (() => {});
    this.pending = 0; // saves started and not yet settled (in flight or waiting in the queue)
    this.queue = []; // saves waiting to be sent again, oldest first
    this.flushing = false;
    window.addEventListener("online", () => this.flush());
    window.addEventListener("offline", () => {
      if (this.pending) this.showQueue();
    });
  }

  // `what` says what is saved ("Adding “Casualty claim” to sentence 3"); `sentences` are the ids
  // of the sentences this save touches (marked pending / failed in the text); `onFail(error)` tells
  // the caller that the save is waiting (its values are kept).
  run(what, action, { sentences = [], onFail } = {}) {
    this.pending += 1;
    this.onMark(sentences, "pending");
    this.show("saving", what + "…");
    return new Promise((resolve, reject) => {
      const entry = { what, action, sentences, onFail, resolve, reject };
      this.attempt(entry).then((done) => {
        if (!done) {
          this.queue.push(entry);
          this.showQueue(entry.error);
        }
      });
    });
  }

  // One try of a save; true when it is settled (stored, or refused for good).
  async attempt(entry) {
    try {
      const result = await entry.action();
      this.settle(entry, "saved");
      this.show("saved", entry.what + ": saved." + this.waitingText());
      entry.resolve(result);
      return true;
    } catch (error) {
      if (!retryable(error)) {
        this.settle(entry, "failed");
        this.fail(entry.what, error);
        entry.reject(error);
        return true;
      }
      entry.error = error;
      this.onMark(entry.sentences, "failed");
      if (entry.onFail) entry.onFail(error);
      return false;
    }
  }

  settle(entry, state) {
    this.pending -= 1;
    this.onMark(entry.sentences, state === "saved" ? null : "failed");
  }

  // Send the waiting saves again, in order; stop at the first one that still cannot be stored.
  async flush() {
    if (this.flushing || !this.queue.length) return;
    this.flushing = true;
    this.show("saving", "Sending " + this.queue.length + " waiting change" + (this.queue.length === 1 ? "" : "s") + "…");
    try {
      while (this.queue.length) {
        const entry = this.queue[0];
        this.onMark(entry.sentences, "pending");
        const done = await this.attempt(entry);
        if (!done) {
          this.showQueue(entry.error);
          return;
        }
        this.queue.shift();
      }
    } finally {
      this.flushing = false;
    }
  }

  waitingText() {
    const n = this.queue.length;
    return n ? " " + n + " change" + (n === 1 ? " is" : "s are") + " still waiting to be sent." : "";
  }

  showQueue(error) {
    const n = this.queue.length;
    if (!n) return;
    const offline = navigator.onLine === false;
    const reason = offline ? "You are offline." : "Not saved: " + describeError(error || this.queue[0].error);
    this.show(
      "failed",
      reason + " " + n + " change" + (n === 1 ? " waits" : "s wait") + " here and will be sent when the connection returns (" + this.queue[0].what + (n > 1 ? ", …" : "") + ").",
    );
    const button = document.createElement("button");
    button.type = "button";
    button.className = "retry";
    button.textContent = "Retry";
    button.addEventListener("click", () => this.flush());
    this.element.append(" ", button);
  }

  fail(what, error) {
    this.show("failed", what + " failed: " + describeError(error));
  }

  show(state, text) {
    this.element.dataset.state = state;
    this.element.textContent = text;
  }
}

// While `action` runs, `button` is disabled (and says so), so one click makes one request.
export async function whileBusy(button, action) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
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

// Replace a node's children, leaving out the missing ones (the DOM would print null as "null").
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}
