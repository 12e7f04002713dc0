// The side-panel editor of one annotation: note, casualty figures (pre-filled from suggestions),
// the actor blamed, and the incidents it is about. Unsaved values survive failed requests, reloads
// (sessionStorage) and stale versions (the stored version is shown next to what the person typed).
import { api, describeError, el } from "./api.js";

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
const EDITABLE = new Set(["draft", "rejected"]);

// The suggestions endpoint's figures ({killed: {min, max}, ...}, cited source by name) in the form's flat fields.
function flatFigures(sentence, actorChoices) {
  const f = sentence && sentence.figures;
  if (!f || (!f.killed && !f.injured)) return null;
  const claim = (sentence.labels || []).find((hint) => hint.label === "casualty_claim");
  const name = (f.cited_source || "").toLowerCase();
  const actor = name ? actorChoices.find((a) => a.label.toLowerCase() === name) : null;
  return {
    killed_min: f.killed ? f.killed.min : null, killed_max: f.killed ? f.killed.max : null,
    injured_min: f.injured ? f.injured.min : null, injured_max: f.injured ? f.injured.max : null,
    children_killed: f.children_killed, women_killed: f.women_killed,
    children_injured: f.children_injured, women_injured: f.women_injured,
    qualifier: f.qualifier, scope: f.scope, preliminary: f.preliminary,
    raw_text: claim ? claim.cue : "", cited_source: actor ? actor.value : null,
  };
}
const LINKABLE = new Set(["casualty_claim", "attribution"]); // the claims an incident is made of
const storageKey = (id) => "workbench:unsaved:" + id;

function options(choices, selected, blank) {
  const items = blank ? [el("option", { value: "" }, blank)] : [];
  for (const choice of choices) {
    items.push(el("option", { value: choice.value, selected: String(choice.value) === String(selected ?? "") }, choice.label));
  }
  return items;
}

function field(id, text, control, hint) {
  return el("div", { class: "field" }, el("label", { for: id }, text), control, hint ? el("small", { class: "muted" }, hint) : null);
}

export class Editor {
  constructor({ element, data, status, sentenceOf, onChange, onDelete }) {
    this.element = element;
    this.data = data;
    this.status = status;
    this.sentenceOf = sentenceOf;
    this.onChange = onChange;
    this.onDelete = onDelete;
    this.annotation = null;
    this.dirty = false;
    this.suggestion = null;
    this.incidentTitles = new Map();
    this.unsavedIds = new Set(); // annotations of this page with edits kept in sessionStorage
    this.actorChoices = data.actors.map((a) => ({ value: a.id, label: a.name }));
  }

  hasUnsaved() {
    return this.dirty || this.unsavedIds.size > 0;
  }

  close() {
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
    else if (!this.dirty) this.open(fresh);
  }

  open(annotation) {
    if (this.annotation && this.dirty && this.annotation.id !== annotation.id) this.remember();
    this.annotation = annotation;
    this.dirty = false;
    this.suggestion = null;
    this.render();
    const saved = sessionStorage.getItem(storageKey(annotation.id));
    if (saved && this.editable) {
      this.unsavedIds.add(annotation.id);
      this.applyValues(JSON.parse(saved));
      this.markDirty("Unsaved changes from before are back in the form: save them or discard them.");
    } else if (saved) {
      sessionStorage.removeItem(storageKey(annotation.id));
    } else if (annotation.label === "casualty_claim" && !annotation.figures && this.editable) {
      this.suggest();
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
    this.form = this.buildForm();
    this.formStatus = el("p", { class: "status-line", role: "status", "aria-live": "polite" });
    this.form.append(this.formStatus, this.buildButtons());
    this.element.replaceChildren(
      el(
        "h2",
        { id: "editor-heading" },
        el("span", { class: "chip", style: "--label: " + this.label.colour }, this.label.name),
        " on sentence " + sentence.index + " ",
        el("span", { class: "status status-" + a.status }, a.status),
      ),
      el("blockquote", { class: "quote" }, quote),
      review.reason || review.comment
        ? el(
            "p",
            { class: "review-comment" + (a.status === "rejected" ? " error" : "") },
            (a.status === "rejected" ? "Rejected" : "Reviewer") + (review.reason ? " (" + review.reason.replaceAll("_", " ") + ")" : "") + ": " + (review.comment || "no comment"),
          )
        : null,
      this.editable
        ? null
        : el("p", { class: "muted" }, "This annotation is " + a.status + ", so it cannot be changed now" + (a.status === "approved" ? " (a reviewer can reopen it)." : ".")),
      this.form,
      LINKABLE.has(a.label) ? this.buildIncidents() : null,
      el("a", { class: "back-to-text", href: "#sentence-" + sentence.id }, "Back to sentence " + sentence.index),
    );
    for (const control of this.form.elements) {
      if (!this.editable && control.type !== "button") control.disabled = true;
    }
  }

  buildForm() {
    const a = this.annotation;
    const form = el("form", { class: "annotation-form", novalidate: true, "aria-label": "Edit this annotation" });
    if (a.label === "casualty_claim") {
      const f = a.figures || {};
      const grid = el("div", { class: "grid" });
      for (const [name, text] of COUNTS) {
        grid.append(
          field("fig-" + name, text, el("input", { type: "number", min: "0", step: "1", inputmode: "numeric", id: "fig-" + name, name: "figures." + name, value: f[name] ?? "" })),
        );
      }
      this.suggestedBadge = el("p", { class: "suggested", hidden: !f.is_suggested }, "Suggested from the text: check the values and save.");
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
            field("fig-qualifier", "Qualifier", el("select", { id: "fig-qualifier", name: "figures.qualifier" }, options(this.data.qualifiers, f.qualifier || "exact"))),
            field("fig-scope", "Scope", el("select", { id: "fig-scope", name: "figures.scope" }, options(this.data.scopes, f.scope || "incident"))),
            field("fig-cited", "Cited source", el("select", { id: "fig-cited", name: "figures.cited_source" }, options(this.actorChoices, f.cited_source, "Not stated"))),
          ),
          el("div", { class: "check" }, el("input", { type: "checkbox", id: "fig-preliminary", name: "figures.preliminary", checked: !!f.preliminary }), el("label", { for: "fig-preliminary" }, "Preliminary toll")),
          field("fig-raw", "Words stating the figures", el("input", { type: "text", id: "fig-raw", name: "figures.raw_text", value: f.raw_text || "" })),
        ),
      );
    }
    if (a.label === "attribution") {
      const r = a.responsibility || {};
      form.append(
        el(
          "fieldset",
          { class: "responsibility" },
          el("legend", {}, "Responsibility"),
          field("resp-actor", "Actor blamed", el("select", { id: "resp-actor", name: "responsibility.actor" }, options(this.actorChoices, r.actor, "Choose the actor…"))),
          field("resp-stance", "Stance", el("select", { id: "resp-stance", name: "responsibility.stance" }, options(this.data.stances, r.stance || "asserted"))),
        ),
      );
    }
    form.append(field("note", "Note", el("textarea", { id: "note", name: "note", rows: "2" }, a.note || "")));
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
      el("button", { type: "submit" }, "Save"),
      " ",
      el("button", { type: "button", class: "secondary", onclick: () => this.discard() }, "Discard changes"),
      " ",
      el("button", { type: "button", class: "danger", onclick: () => this.destroy() }, "Delete annotation"),
    );
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
    sessionStorage.setItem(storageKey(this.annotation.id), JSON.stringify(this.formValues()));
    this.unsavedIds.add(this.annotation.id);
  }

  forget() {
    sessionStorage.removeItem(storageKey(this.annotation.id));
    this.unsavedIds.delete(this.annotation.id);
    this.dirty = false;
  }

  markDirty(message) {
    if (!this.editable) return;
    this.dirty = true;
    this.remember();
    this.formStatus.dataset.state = "unsaved";
    this.formStatus.textContent = message || "Unsaved changes.";
  }

  // The JSON body for PATCH, or throws an Error naming the field in words.
  payload(values) {
    const body = { version: this.annotation.version, note: values.note ?? "" };
    if (this.annotation.label === "casualty_claim") {
      const figures = {};
      for (const [name, text] of COUNTS) {
        const raw = String(values["figures." + name] ?? "").trim();
        if (raw === "") figures[name] = null;
        else if (!/^\d+$/.test(raw)) throw new Error(text + " must be a whole number, 0 or more (got “" + raw + "”).");
        else figures[name] = Number(raw);
      }
      for (const [low, high, text] of [["killed_min", "killed_max", "Killed"], ["injured_min", "injured_max", "Injured"]]) {
        if (figures[low] !== null && figures[high] !== null && figures[low] > figures[high]) {
          throw new Error(text + ": “at most” (" + figures[high] + ") is below “at least” (" + figures[low] + ").");
        }
      }
      figures.qualifier = values["figures.qualifier"] || "exact";
      figures.scope = values["figures.scope"] || "incident";
      figures.preliminary = !!values["figures.preliminary"];
      figures.cited_source = values["figures.cited_source"] ? Number(values["figures.cited_source"]) : null;
      figures.raw_text = values["figures.raw_text"] || "";
      figures.is_suggested = this.isSuggestion(figures);
      const anything = COUNTS.some(([name]) => figures[name] !== null) || figures.raw_text || figures.cited_source;
      body.figures = anything ? figures : null;
    }
    if (this.annotation.label === "attribution") {
      const actor = values["responsibility.actor"];
      body.responsibility = actor ? { actor: Number(actor), stance: values["responsibility.stance"] || "asserted" } : null;
    }
    return body;
  }

  isSuggestion(figures) {
    if (!this.suggestion) return false;
    return COUNTS.every(([name]) => (this.suggestion[name] ?? null) === figures[name]);
  }

  async suggest() {
    const annotation = this.annotation;
    const sentence = this.sentenceOf(annotation);
    try {
      const result = await api.post("suggestions/", { text: sentence.text });
      const suggested = flatFigures(result && result.sentences && result.sentences[0], this.actorChoices);
      if (!suggested || this.annotation !== annotation || this.dirty) return;
      const values = {};
      for (const [name, value] of Object.entries(suggested)) {
        if (value !== null && value !== undefined) values["figures." + name] = value;
      }
      this.suggestion = suggested;
      this.applyValues(values);
      this.suggestedBadge.hidden = false;
    } catch (error) {
      // No suggestion is fine: the person fills the figures in.
    }
  }

  // --- writes -------------------------------------------------------------------------------------

  async save() {
    const annotation = this.annotation;
    const values = this.formValues();
    let body;
    try {
      body = this.payload(values);
    } catch (error) {
      this.formStatus.dataset.state = "failed";
      this.formStatus.textContent = "Not saved: " + error.message;
      return;
    }
    this.formStatus.dataset.state = "saving";
    this.formStatus.textContent = "Saving…";
    try {
      const updated = await this.status.run("Saving the " + this.label.name.toLowerCase() + " on sentence " + this.sentenceOf(annotation).index, () =>
        api.patch("annotations/" + annotation.id + "/", body),
      );
      if (this.annotation !== annotation) return;
      this.forget();
      this.onChange(updated);
      this.open(updated);
      this.formStatus.dataset.state = "saved";
      this.formStatus.textContent = "Saved.";
    } catch (error) {
      if (this.annotation !== annotation) return;
      if (error.status === 409) await this.showStale(values, error);
      else {
        this.formStatus.dataset.state = "failed";
        this.formStatus.textContent = "Not saved: " + describeError(error) + " Your values are still in the form.";
        this.formStatus.append(" ", el("button", { type: "button", class: "retry", onclick: () => this.save() }, "Retry"));
      }
    }
  }

  // Someone (or another tab) changed the annotation: show the stored version, keep what was typed.
  async showStale(mine, error) {
    let stored = null;
    try {
      stored = await api.get("annotations/" + this.annotation.id + "/");
    } catch (reloadError) {
      stored = null;
    }
    if (stored) {
      this.onChange(stored);
      this.annotation = stored;
      this.dirty = false;
      this.render();
    }
    const theirs = stored ? this.formValues() : {};
    const differences = Object.keys(mine).filter((name) => String(mine[name]) !== String(theirs[name] ?? ""));
    const box = el(
      "div",
      { class: "stale", role: "alert" },
      el("p", {}, el("strong", {}, "Not saved: "), error.message + (stored ? " The form now shows the stored version (" + stored.status + ", version " + stored.version + ")." : "")),
      differences.length
        ? el("dl", {}, differences.flatMap((name) => [el("dt", {}, name.replace("figures.", "").replace("responsibility.", "").replaceAll("_", " ")), el("dd", {}, "yours: " + (mine[name] === "" ? "(empty)" : String(mine[name])) + " · stored: " + (theirs[name] === "" || theirs[name] === undefined ? "(empty)" : String(theirs[name])))]))
        : null,
      this.editable
        ? el("button", { type: "button", onclick: () => { box.remove(); this.applyValues(mine); this.markDirty("Your values are back in the form: save to apply them to the stored version."); } }, "Use my values again")
        : null,
      " ",
      el("button", { type: "button", class: "secondary", onclick: () => { box.remove(); this.forget(); } }, "Keep the stored version"),
    );
    sessionStorage.setItem(storageKey(this.annotation.id), JSON.stringify(mine));
    this.unsavedIds.add(this.annotation.id);
    this.element.insertBefore(box, this.form);
  }

  discard() {
    this.forget();
    this.open(this.annotation);
  }

  async destroy() {
    const annotation = this.annotation;
    try {
      await this.status.run("Deleting the " + this.label.name.toLowerCase() + " on sentence " + this.sentenceOf(annotation).index, () =>
        api.delete("annotations/" + annotation.id + "/"),
      );
      this.forget();
      this.onDelete(annotation);
    } catch (error) {
      // the status line shows it with a retry
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
      linked.append(el("li", {}, link, " ", el("button", { type: "button", class: "secondary small", "aria-label": "Unlink incident " + id, onclick: () => this.unlink(id) }, "Unlink")));
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
                    : el("button", { type: "button", class: "small", "aria-label": "Link to " + incident.title, onclick: () => this.link(incident.id, incident.title) }, "Link"),
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
    const createStatus = el("p", { class: "status-line", role: "status" });
    const create = el(
      "form",
      { class: "incident-create", "aria-label": "Create an incident" },
      field("new-incident-title", "Incident title", title),
      el("div", { class: "grid" }, field("new-incident-place", "Incident place", place), field("new-incident-date", "Date it happened", date)),
      createStatus,
      el("button", { type: "submit" }, "Create and link"),
    );
    create.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!title.value.trim()) {
        createStatus.dataset.state = "failed";
        createStatus.textContent = "An incident needs a title.";
        return;
      }
      try {
        const incident = await this.status.run("Creating the incident", () =>
          api.post("incidents/", { title: title.value.trim(), place_name: place.value.trim(), occurred_on: date.value || null }),
        );
        await this.link(incident.id, incident.title);
      } catch (error) {
        createStatus.dataset.state = "failed";
        createStatus.textContent = "Not created: " + describeError(error) + " Your values are still in the form.";
      }
    });
    return el(
      "section",
      { class: "incidents", "aria-labelledby": "incidents-heading" },
      el("h3", { id: "incidents-heading" }, "Incidents"),
      (a.incidents || []).length ? linked : el("p", { class: "muted" }, "Not linked to an incident."),
      search,
      results,
      el("details", {}, el("summary", {}, "Create a new incident"), create),
    );
  }

  async reloadAnnotation() {
    const fresh = await api.get("annotations/" + this.annotation.id + "/");
    this.onChange(fresh);
    const values = this.dirty ? this.formValues() : null;
    this.open(fresh);
    if (values) {
      this.applyValues(values);
      this.markDirty();
    }
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
