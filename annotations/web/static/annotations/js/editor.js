// The side-panel editor of one annotation: note, casualty figures, the actor blamed, and the
// incidents it is about. Every change is saved as it is made (after a short pause in typing), so
// nothing typed lives only in the form; unsaved values also survive failed requests and reloads
// (sessionStorage). The figures the machine suggested at creation are marked "suggested" until a
// person edits or confirms them. A stale version (409) puts the stored version in the form with only
// the fields this tab changed re-applied on top, and says which fields the other side changed.
import { incidentMatches } from "./hints.js";
import { api, describeError, el, fill, whileBusy } from "./api.js";

const COUNTS = [
  ["killed_min", "Killed (at least)"],
  ["killed_max", "Killed (at most)"],
  ["injured_min", "Injured (at least)"],
  ["injured_max", "Injured (at most)"],
  ["children_killed", "Children killed"],
  ["women_killed", "Women killed"],
  ["children_injured", "Children injured"],
  ["women_injured", "Women injured"],
];
const MAXIMA = ["figures.killed_max", "figures.injured_max"];
const EDITABLE = new Set(["draft", "rejected"]);
const LINKABLE = new Set(["casualty_claim", "attribution"]); // the claims an incident is made of
const DEBOUNCE_MS = 700;
const storageKey = (id) => "workbench:unsaved:" + id;

function options(choices, blank) {
  const items = blank ? [el("option", { value: "" }, blank)] : [];
  for (const choice of choices) items.push(el("option", { value: choice.value }, choice.label));
  return items;
}

function field(id, text, control, hint) {
  return el("div", { class: "field" }, el("label", { for: id }, text), control, hint ? el("small", { class: "muted" }, hint) : null);
}

function fieldName(name) {
  const count = COUNTS.find(([key]) => "figures." + key === name);
  if (count) return count[1];
  return name.replace("figures.", "").replace("responsibility.", "").replaceAll("_", " ");
}

function shown(value) {
  return value === "" || value === undefined || value === null ? "(empty)" : String(value);
}

// The form's values for a stored annotation: the same names and the same kind of values the form's
// controls give (strings, and a boolean for the checkbox), so that the two compare field by field.
export function valuesOf(annotation) {
  const values = { note: annotation.note || "" };
  if (annotation.label === "casualty_claim") {
    const f = annotation.figures || {};
    for (const [name] of COUNTS) values["figures." + name] = f[name] === null || f[name] === undefined ? "" : String(f[name]);
    values["figures.qualifier"] = f.qualifier || "exact";
    values["figures.scope"] = f.scope || "incident";
    values["figures.cited_source"] = f.cited_source === null || f.cited_source === undefined ? "" : String(f.cited_source);
    values["figures.preliminary"] = !!f.preliminary;
    values["figures.raw_text"] = f.raw_text || "";
  }
  if (annotation.label === "attribution") {
    const r = annotation.responsibility || {};
    values["responsibility.actor"] = r.actor === null || r.actor === undefined ? "" : String(r.actor);
    values["responsibility.stance"] = r.stance || "asserted";
  }
  return values;
}

function differing(values, base) {
  return Object.keys(values).filter((name) => String(values[name]) !== String(base[name] ?? ""));
}

export class Editor {
  constructor({ element, data, status, sentenceOf, numberOf, onChange, onDelete }) {
    this.element = element;
    this.data = data;
    this.status = status;
    this.sentenceOf = sentenceOf;
    this.numberOf = numberOf || ((annotation) => sentenceOf(annotation).index + 1);
    this.onChange = onChange;
    this.onDelete = onDelete;
    this.annotation = null;
    this.base = {}; // the stored values the form started from: what "this tab changed" is measured against
    this.dirty = false;
    this.saving = null; // the save in flight (or waiting for the connection)
    this.timer = null;
    this.incidentTitles = new Map();
    this.unsavedIds = new Set(); // annotations of this page with edits kept in sessionStorage
    this.actorChoices = data.actors.map((a) => ({ value: a.id, label: a.name }));
  }

  hasUnsaved() {
    return this.dirty || this.saving !== null || this.unsavedIds.size > 0;
  }

  close() {
    clearTimeout(this.timer);
    this.annotation = null;
    this.dirty = false;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  // After a reload of all annotations: show the fresh copy of the open one unless it has unsaved edits.
  refresh(annotations) {
    if (!this.annotation) return;
    const fresh = annotations.get(this.annotation.id);
    if (!fresh) this.close();
    else if (!this.dirty && !this.saving) this.open(fresh);
  }

  open(annotation) {
    if (this.annotation && this.annotation.id !== annotation.id && this.dirty) {
      // Leaving an annotation with changes: they are saved now rather than after the pause.
      this.save();
    }
    if (!this.annotation || this.annotation.id !== annotation.id) this.saving = null;
    clearTimeout(this.timer);
    this.annotation = annotation;
    this.dirty = false;
    this.render();
    const saved = sessionStorage.getItem(storageKey(annotation.id));
    if (saved && this.editable) {
      // Changes kept from before (a reload, a failed save): only the fields changed then come back,
      // on top of the stored version, and they are saved.
      const kept = JSON.parse(saved);
      const values = kept.values || kept;
      const base = kept.base || {};
      const mine = Object.fromEntries(differing(values, base).map((name) => [name, values[name]]));
      this.applyValues(mine);
      this.markDirty("Unsaved changes from before are back in the form; saving them…");
    } else if (saved) {
      sessionStorage.removeItem(storageKey(annotation.id));
      this.unsavedIds.delete(annotation.id);
    }
    this.element.hidden = false;
  }

  get editable() {
    return this.annotation && EDITABLE.has(this.annotation.status);
  }

  get label() {
    return this.data.labels.find((l) => l.key === this.annotation.label) || { name: this.annotation.label, colour: "#888888" };
  }

  // --- rendering --------------------------------------------------------------------------------

  render() {
    const a = this.annotation;
    const sentence = this.sentenceOf(a);
    const chars = [...sentence.text];
    const quote =
      a.span_start !== null && a.span_start !== undefined
        ? chars.slice(a.span_start - sentence.start, a.span_end - sentence.start).join("")
        : sentence.text;
    const review = a.review || {};
    const reason = review.reason ? review.reason.replaceAll("_", " ") : "";
    const comment = review.comment || "";
    this.form = this.buildForm();
    this.formStatus = el("p", { class: "status-line", role: "status", "aria-live": "polite" });
    this.form.append(this.formStatus, this.buildButtons());
    fill(
      this.element,
      el(
        "h2",
        { id: "editor-heading" },
        el("span", { class: "chip", style: "--label: " + this.label.colour }, this.label.name),
        " on sentence " + this.numberOf(a) + " ",
        el("span", { class: "status status-" + a.status }, a.status),
      ),
      el("blockquote", { class: "quote", dir: "auto" }, quote),
      reason || comment
        ? el(
            "p",
            { class: "review-comment" + (a.status === "rejected" ? " error" : "") },
            (a.status === "rejected" ? "Rejected" : "Reviewer") + (reason ? " (" + reason + ")" : "") + ": " + (comment || "no comment"),
          )
        : null,
      this.editable
        ? null
        : el("p", { class: "muted" }, "This annotation is " + a.status + ", so it cannot be changed now" + (a.status === "approved" ? " (a reviewer can reopen it)." : ".")),
      this.form,
      LINKABLE.has(a.label) ? this.buildIncidents() : null,
      el("a", { class: "back-to-text", href: "#sentence-" + sentence.id }, "Back to sentence " + this.numberOf(a)),
    );
    this.base = valuesOf(a);
    this.applyValues(this.base);
    this.applyQualifier();
    this.lastSeen = JSON.stringify(this.formValues());
    this.showSuggested();
    for (const control of this.form.elements) {
      if (!this.editable && control.type !== "button") control.disabled = true;
    }
  }

  buildForm() {
    const a = this.annotation;
    const form = el("form", { class: "annotation-form", novalidate: true, "aria-label": "Edit this annotation" });
    if (a.label === "casualty_claim") {
      const grid = el("div", { class: "grid" });
      for (const [name, text] of COUNTS) {
        grid.append(field("fig-" + name, text, el("input", { type: "number", min: "0", step: "1", inputmode: "numeric", id: "fig-" + name, name: "figures." + name })));
      }
      this.confirmButton = el("button", { type: "button", class: "small", onclick: (event) => whileBusy(event.currentTarget, () => this.save({ confirm: true })) }, "Confirm figures");
      this.suggestedBadge = el("p", { class: "suggested", hidden: true }, el("strong", {}, "Suggested"), " from the text by the workbench: check the values, then confirm or correct them. ", this.confirmButton);
      const qualifier = el("select", { id: "fig-qualifier", name: "figures.qualifier" }, options(this.data.qualifiers));
      qualifier.addEventListener("change", () => this.applyQualifier(true));
      form.append(
        el(
          "fieldset",
          { class: "figures" },
          el("legend", {}, "Casualty figures"),
          this.suggestedBadge,
          grid,
          el(
            "div",
            { class: "grid" },
            field("fig-qualifier", "Qualifier", qualifier),
            field("fig-scope", "Scope", el("select", { id: "fig-scope", name: "figures.scope" }, options(this.data.scopes))),
            field("fig-cited", "Cited source", el("select", { id: "fig-cited", name: "figures.cited_source" }, options(this.actorChoices, "Not stated"))),
          ),
          el("div", { class: "check" }, el("input", { type: "checkbox", id: "fig-preliminary", name: "figures.preliminary" }), el("label", { for: "fig-preliminary" }, "Preliminary toll")),
          field("fig-raw", "Words stating the figures", el("input", { type: "text", id: "fig-raw", name: "figures.raw_text", dir: "auto" })),
        ),
      );
    }
    if (a.label === "attribution") {
      form.append(
        el(
          "fieldset",
          { class: "responsibility" },
          el("legend", {}, "Responsibility"),
          field("resp-actor", "Actor blamed", el("select", { id: "resp-actor", name: "responsibility.actor" }, options(this.actorChoices, "Choose the actor…"))),
          field("resp-stance", "Stance", el("select", { id: "resp-stance", name: "responsibility.stance" }, options(this.data.stances))),
        ),
      );
    }
    form.append(field("note", "Note", el("textarea", { id: "note", name: "note", rows: "2" })));
    form.addEventListener("input", () => this.markDirty());
    form.addEventListener("change", () => this.markDirty());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.save();
    });
    return form;
  }

  buildButtons() {
    if (!this.editable) return el("div");
    return el(
      "div",
      { class: "actions" },
      el("button", { type: "submit" }, "Save now"),
      " ",
      el("button", { type: "button", class: "secondary", onclick: () => this.discard() }, "Discard changes"),
      " ",
      el("button", { type: "button", class: "danger", onclick: (event) => whileBusy(event.currentTarget, () => this.destroy()) }, "Delete annotation"),
    );
  }

  // "At least N" has no maximum: choosing it clears the maxima (and keeps them empty).
  applyQualifier(cleared) {
    if (!this.form || this.annotation.label !== "casualty_claim") return;
    const atLeast = this.form.elements["figures.qualifier"].value === "at_least";
    for (const name of MAXIMA) {
      const input = this.form.elements[name];
      if (atLeast && input.value !== "") {
        input.value = "";
        cleared = true;
      }
      input.disabled = atLeast || !this.editable;
      input.title = atLeast ? "“At least” takes no maximum" : "";
    }
    if (cleared && atLeast) this.markDirty();
  }

  showSuggested() {
    if (!this.suggestedBadge) return;
    const figures = this.annotation.figures;
    this.suggestedBadge.hidden = !(figures && figures.is_suggested);
    this.confirmButton.hidden = !this.editable;
  }

  // --- values -------------------------------------------------------------------------------------

  formValues() {
    const values = {};
    for (const control of this.form.elements) {
      if (!control.name) continue;
      values[control.name] = control.type === "checkbox" ? control.checked : control.value;
    }
    return values;
  }

  applyValues(values) {
    for (const control of this.form.elements) {
      if (!control.name || !(control.name in values)) continue;
      if (control.type === "checkbox") control.checked = !!values[control.name];
      else control.value = values[control.name];
    }
  }

  remember() {
    sessionStorage.setItem(storageKey(this.annotation.id), JSON.stringify({ values: this.formValues(), base: this.base }));
    this.unsavedIds.add(this.annotation.id);
  }

  forget() {
    sessionStorage.removeItem(storageKey(this.annotation.id));
    this.unsavedIds.delete(this.annotation.id);
    this.dirty = false;
  }

  markDirty(message) {
    if (!this.editable) return;
    // A "change" event after "input" (leaving a field) changes nothing: keep the status (and its Retry).
    const seen = JSON.stringify(this.formValues());
    if (!message && seen === this.lastSeen) return;
    this.lastSeen = seen;
    this.clearFieldErrors();
    this.dirty = differing(this.formValues(), this.base).length > 0;
    if (!this.dirty && !this.saving) {
      this.forget();
      this.formStatus.dataset.state = "saved";
      this.formStatus.textContent = "No changes.";
      return;
    }
    this.remember();
    this.formStatus.dataset.state = "unsaved";
    this.formStatus.textContent = message || "Changed: saving in a moment…";
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), DEBOUNCE_MS);
  }

  // The JSON body for PATCH: the version and only the parts this tab changed (so a stale edit can
  // be re-applied on top of the stored version), or throws {field, message} in words.
  payload(values, changed, confirm) {
    const body = { version: this.annotation.version };
    if (changed.includes("note")) body.note = values.note ?? "";
    if (this.annotation.label === "casualty_claim" && (confirm || changed.some((name) => name.startsWith("figures.")))) {
      const figures = {};
      for (const [name, text] of COUNTS) {
        const raw = String(values["figures." + name] ?? "").trim();
        if (raw === "") figures[name] = null;
        else if (!/^\d+$/.test(raw)) throw { field: "figures." + name, message: text + " must be a whole number, 0 or more (got “" + raw + "”)." };
        else figures[name] = Number(raw);
      }
      for (const [low, high, text] of [["killed_min", "killed_max", "Killed"], ["injured_min", "injured_max", "Injured"]]) {
        if (figures[low] !== null && figures[high] !== null && figures[low] > figures[high]) {
          throw { field: "figures." + high, message: text + ": “at most” (" + figures[high] + ") is below “at least” (" + figures[low] + ")." };
        }
      }
      figures.qualifier = values["figures.qualifier"] || "exact";
      if (figures.qualifier === "at_least") figures.killed_max = figures.injured_max = null;
      figures.scope = values["figures.scope"] || "incident";
      figures.preliminary = !!values["figures.preliminary"];
      figures.cited_source = values["figures.cited_source"] ? Number(values["figures.cited_source"]) : null;
      figures.raw_text = values["figures.raw_text"] || "";
      figures.is_suggested = false; // a person edited or confirmed them
      const anything = COUNTS.some(([name]) => figures[name] !== null) || figures.raw_text || figures.cited_source;
      body.figures = anything ? figures : null;
    }
    if (this.annotation.label === "attribution" && changed.some((name) => name.startsWith("responsibility."))) {
      const actor = values["responsibility.actor"];
      body.responsibility = actor ? { actor: Number(actor), stance: values["responsibility.stance"] || "asserted" } : null;
    }
    return body;
  }

  // --- field errors -----------------------------------------------------------------------------

  clearFieldErrors() {
    if (!this.form) return;
    for (const node of this.form.querySelectorAll(".field-error")) node.remove();
    for (const control of this.form.querySelectorAll("[aria-invalid]")) {
      control.removeAttribute("aria-invalid");
      control.removeAttribute("aria-describedby");
    }
  }

  // The API names the fields it refuses ("figures.children_killed"); say it next to that field.
  showFieldError(name, message) {
    const control = this.form.elements[name] || (name === "figures" ? this.form.querySelector("fieldset.figures legend") : null);
    if (!control) return false;
    const id = "error-" + name.replaceAll(".", "-");
    const note = el("small", { class: "field-error error", id, role: "alert" }, message);
    if (control.tagName === "LEGEND") control.after(note);
    else {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", id);
      control.after(note);
    }
    return true;
  }

  showErrors(error) {
    const errors = (error && error.body && error.body.errors) || {};
    let placed = 0;
    for (const [name, messages] of Object.entries(errors)) {
      if (this.showFieldError(name, [].concat(messages).join(" "))) placed += 1;
    }
    return placed;
  }

  // --- writes -------------------------------------------------------------------------------------

  // Save what is in the form now (or wait for the save in flight, then save what changed since).
  // True when everything typed is stored.
  async flush() {
    clearTimeout(this.timer);
    if (!this.annotation || !this.editable) return true;
    while (this.saving) await this.saving;
    if (!this.annotation || !this.editable) return true;
    if (!differing(this.formValues(), this.base).length) return !this.failed;
    return this.save();
  }

  async save({ confirm = false } = {}) {
    clearTimeout(this.timer);
    if (!this.annotation || !this.editable) return true;
    if (this.saving) {
      // One save at a time (each needs the version the previous one made); the changes made
      // meanwhile are saved when it is done.
      this.again = true;
      if (confirm) this.confirmAgain = true;
      await this.saving;
      return this.flush();
    }
    const annotation = this.annotation;
    const values = this.formValues();
    const base = this.base;
    const changed = differing(values, base);
    if (!changed.length && !confirm) {
      this.dirty = false;
      this.forget();
      return true;
    }
    let body;
    this.clearFieldErrors();
    try {
      body = this.payload(values, changed, confirm);
    } catch (problem) {
      this.failed = true;
      this.formStatus.dataset.state = "failed";
      this.formStatus.textContent = "Not saved: " + problem.message;
      if (problem.field) this.showFieldError(problem.field, problem.message);
      return false;
    }
    this.formStatus.dataset.state = "saving";
    this.formStatus.textContent = confirm ? "Confirming the figures…" : "Saving…";
    this.saving = this.send(annotation, body, values, base);
    const ok = await this.saving;
    this.saving = null;
    const again = this.again;
    this.again = false;
    if (ok && this.annotation && this.annotation.id === annotation.id && (again || differing(this.formValues(), this.base).length)) {
      const confirmAgain = this.confirmAgain;
      this.confirmAgain = false;
      return this.save({ confirm: confirmAgain });
    }
    return ok;
  }

  async send(annotation, body, values, base) {
    const current = () => this.annotation && this.annotation.id === annotation.id;
    try {
      const updated = await this.status.run(
        "Saving the " + this.label.name.toLowerCase() + " on sentence " + this.numberOf(annotation),
        () => api.patch("annotations/" + annotation.id + "/", body),
        {
          sentences: [annotation.sentence],
          onFail: (error) => {
            if (!current()) return;
            this.formStatus.dataset.state = "failed";
            this.formStatus.textContent =
              "Not saved yet: " + describeError(error) + " Your values are still in the form and are sent when the connection returns.";
            this.formStatus.append(" ", el("button", { type: "button", class: "retry", onclick: () => this.status.flush() }, "Retry"));
          },
        },
      );
      this.failed = false;
      this.onChange(updated);
      if (current()) {
        this.annotation = updated;
        this.base = valuesOf(updated);
        this.showSuggested();
        const left = differing(this.formValues(), this.base);
        this.dirty = left.length > 0;
        if (this.dirty) this.remember();
        else {
          this.forget();
          this.formStatus.dataset.state = "saved";
          this.formStatus.textContent = "Saved.";
        }
      } else {
        sessionStorage.removeItem(storageKey(annotation.id));
        this.unsavedIds.delete(annotation.id);
      }
      return true;
    } catch (error) {
      this.failed = true;
      if (!current()) return false;
      if (error.status === 409) await this.showStale(values, base, error);
      else {
        const placed = this.showErrors(error);
        this.formStatus.dataset.state = "failed";
        this.formStatus.textContent =
          "Not saved: " + describeError(error) + (placed ? " (see the field" + (placed > 1 ? "s" : "") + " marked)." : "") + " Your values are still in the form.";
      }
      return false;
    }
  }

  // Someone (or another tab) changed the annotation: the form shows the stored version with only
  // the fields this tab changed re-applied; the fields the other side changed keep their stored values.
  async showStale(mine, base, error) {
    let stored = null;
    try {
      stored = await api.get("annotations/" + this.annotation.id + "/");
    } catch (reloadError) {
      stored = null;
    }
    const changedHere = differing(mine, base);
    if (stored) {
      this.onChange(stored);
      this.annotation = stored;
      this.dirty = false;
      this.render();
    }
    const theirs = stored ? valuesOf(stored) : {};
    const changedThere = stored ? differing(theirs, base) : [];
    const myValues = Object.fromEntries(changedHere.map((name) => [name, mine[name]]));
    const box = el(
      "div",
      { class: "stale", role: "alert" },
      el("p", {}, el("strong", {}, "Not saved: "), error.message + (stored ? " The form now shows the stored version (" + stored.status + ", version " + stored.version + ")." : "")),
      changedHere.length
        ? el("dl", {}, changedHere.flatMap((name) => [el("dt", {}, fieldName(name)), el("dd", {}, "yours: " + shown(mine[name]) + " · stored: " + shown(theirs[name]))]))
        : null,
      changedThere.length
        ? el("p", { class: "muted" }, "Changed elsewhere (kept as stored): " + changedThere.map(fieldName).join(", ") + ".")
        : null,
      this.editable && changedHere.length
        ? el(
            "button",
            {
              type: "button",
              onclick: () => {
                box.remove();
                this.applyValues(myValues);
                this.applyQualifier();
                this.markDirty("Your changes are applied on top of the stored version; saving…");
              },
            },
            "Use my values again",
          )
        : null,
      " ",
      el("button", { type: "button", class: "secondary", onclick: () => { box.remove(); this.forget(); } }, "Keep the stored version"),
    );
    sessionStorage.setItem(storageKey(this.annotation.id), JSON.stringify({ values: mine, base }));
    this.unsavedIds.add(this.annotation.id);
    this.element.insertBefore(box, this.form);
  }

  discard() {
    clearTimeout(this.timer);
    this.forget();
    this.open(this.annotation);
  }

  async destroy() {
    const annotation = this.annotation;
    clearTimeout(this.timer);
    try {
      await this.status.run(
        "Deleting the " + this.label.name.toLowerCase() + " on sentence " + this.numberOf(annotation),
        () => api.delete("annotations/" + annotation.id + "/"),
        { sentences: [annotation.sentence] },
      );
      this.forget();
      this.onDelete(annotation);
    } catch (error) {
      // the status line shows it
    }
  }

  // --- incidents ---------------------------------------------------------------------------------

  buildIncidents() {
    const a = this.annotation;
    const linked = el("ul", { class: "plain linked-incidents" });
    for (const id of a.incidents || []) {
      const link = el("a", { href: "/incidents/" + id + "/" }, this.incidentTitles.get(id) || "Incident " + id);
      if (!this.incidentTitles.has(id)) {
        api.get("incidents/" + id + "/").then((incident) => {
          this.incidentTitles.set(id, incident.title);
          link.textContent = incident.title;
        }).catch(() => {});
      }
      linked.append(el("li", {}, link, " ", el("button", { type: "button", class: "secondary small", "aria-label": "Unlink incident " + id, onclick: (event) => whileBusy(event.currentTarget, () => this.unlink(id)) }, "Unlink")));
    }
    const results = el("ul", { class: "plain incident-results", "aria-live": "polite" });
    const query = el("input", { type: "search", id: "incident-q", name: "q", placeholder: "e.g. Atarib" });
    const after = el("input", { type: "date", id: "incident-after", name: "occurred_after" });
    const before = el("input", { type: "date", id: "incident-before", name: "occurred_before" });
    const search = el(
      "form",
      { class: "incident-search", role: "search", "aria-label": "Search incidents" },
      field("incident-q", "Search incidents by place or title", query),
      el("div", { class: "grid" }, field("incident-after", "Occurred on or after", after), field("incident-before", "Occurred on or before", before)),
      el("button", { type: "submit" }, "Search"),
    );
    search.addEventListener("submit", async (event) => {
      event.preventDefault();
      results.replaceChildren(el("li", { class: "muted" }, "Searching…"));
      try {
        const body = await api.get("incidents/", { q: query.value.trim(), occurred_after: after.value, occurred_before: before.value });
        const incidents = Array.isArray(body) ? body : body.results || [];
        results.replaceChildren(
          ...(incidents.length
            ? incidents.map((incident) =>
                el(
                  "li",
                  {},
                  el("a", { href: "/incidents/" + incident.id + "/" }, incident.title),
                  " ",
                  el("span", { class: "muted" }, [incident.place_name, incident.occurred_on].filter(Boolean).join(" · ")),
                  " ",
                  (a.incidents || []).includes(incident.id)
                    ? el("span", { class: "muted" }, "(linked)")
                    : el("button", { type: "button", class: "small", "aria-label": "Link to " + incident.title, onclick: (event) => whileBusy(event.currentTarget, () => this.link(incident.id, incident.title)) }, "Link"),
                ),
              )
            : [el("li", { class: "muted" }, "No incident matches; create one below.")]),
        );
      } catch (error) {
        results.replaceChildren(el("li", { class: "error" }, "Search failed: " + describeError(error)));
      }
    });
    const title = el("input", { type: "text", id: "new-incident-title", name: "title", required: true });
    const place = el("input", { type: "text", id: "new-incident-place", name: "place_name" });
    const date = el("input", { type: "date", id: "new-incident-date", name: "occurred_on" });
    const description = el("textarea", { id: "new-incident-description", name: "description", rows: "2" });
    const createStatus = el("p", { class: "status-line", role: "status" });
    const create = el(
      "form",
      { class: "incident-create", "aria-label": "Create an incident" },
      field("new-incident-title", "Incident title", title),
      el("div", { class: "grid" }, field("new-incident-place", "Incident place", place), field("new-incident-date", "Date it happened", date)),
      field("new-incident-description", "Incident description", description),
      createStatus,
      el("button", { type: "submit" }, "Create and link"),
    );
    create.addEventListener("submit", (event) => {
      event.preventDefault();
      whileBusy(create.querySelector("button[type=submit]"), () => this.createIncident(title, place, date, description, createStatus));
    });
    return el(
      "section",
      { class: "incidents", "aria-labelledby": "incidents-heading" },
      el("h3", { id: "incidents-heading" }, "Incidents"),
      (a.incidents || []).length ? linked : el("p", { class: "muted" }, "Not linked to an incident."),
      incidentMatches({ annotationId: a.id, linked: a.incidents, onLink: (id, title) => this.link(id, title) }),
      search,
      results,
      el("details", {}, el("summary", {}, "Create a new incident"), create),
    );
  }

  async createIncident(title, place, date, description, createStatus) {
    if (!title.value.trim()) {
      createStatus.dataset.state = "failed";
      createStatus.textContent = "An incident needs a title.";
      return;
    }
    try {
      const incident = await this.status.run("Creating the incident", () =>
        api.post("incidents/", { title: title.value.trim(), place_name: place.value.trim(), occurred_on: date.value || null, description: description.value.trim() }),
      );
      await this.link(incident.id, incident.title);
    } catch (error) {
      createStatus.dataset.state = "failed";
      createStatus.textContent = "Not created: " + describeError(error) + " Your values are still in the form.";
    }
  }

  async reloadAnnotation() {
    await this.flush();
    const fresh = await api.get("annotations/" + this.annotation.id + "/");
    this.onChange(fresh);
    this.open(fresh);
  }

  async link(incidentId, title) {
    this.incidentTitles.set(incidentId, title);
    try {
      await this.status.run("Linking to “" + title + "”", () => api.post("incidents/" + incidentId + "/links/", { annotation: this.annotation.id }));
      await this.reloadAnnotation();
    } catch (error) {
      // shown by the status line with a retry
    }
  }

  async unlink(incidentId) {
    try {
      await this.status.run("Unlinking incident " + incidentId, () => api.delete("incidents/" + incidentId + "/links/" + this.annotation.id + "/"));
      await this.reloadAnnotation();
    } catch (error) {
      // shown by the status line with a retry
    }
  }
}
