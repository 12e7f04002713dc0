// The discussion thread of one annotation: its messages, oldest first, and a box to reply. Opening a
// thread marks it read (the home page then stops listing it as unread).
import { api, describeError, el, fill } from "./api.js";

const when = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
};

function messageItem(message, me) {
  const mine = message.author && message.author.id === me.id;
  return el(
    "li",
    { class: "message" + (mine ? " mine" : ""), dataset: { message: message.id } },
    el("span", { class: "who" }, (message.author ? message.author.username : "deleted user") + (mine ? " (you)" : "") + " · " + when(message.created_at)),
    el("p", {}, message.text),
  );
}

// Draw the thread of `annotationId` into `container` (replacing what is there); `onRead` is told
// when the thread has been marked read, `onSent` of each reply stored.
export async function showThread(container, annotationId, { me, onRead, onSent } = {}) {
  const headingId = "thread-heading-" + annotationId;
  const list = el("ol", { "aria-labelledby": headingId });
  const status = el("p", { class: "status-line", role: "status", "aria-live": "polite" });
  const box = el("textarea", { rows: "2", id: "reply-" + annotationId, "aria-label": "Reply in the discussion", maxlength: "4000" });
  const send = el("button", { type: "button", class: "send small" }, "Send reply");
  fill(
    container,
    el("h3", { id: headingId }, "Discussion"),
    list,
    box,
    send,
    status,
  );
  container.dataset.annotation = annotationId;
  list.append(el("li", { class: "muted" }, "Loading the discussion…"));
  // The box works from the moment it is drawn, not only once the earlier messages have arrived.
  send.addEventListener("click", reply);
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      reply();
    }
  });
  try {
    const messages = await api.get("annotations/" + annotationId + "/messages/");
    fill(list, messages.length ? messages.map((m) => messageItem(m, me)) : el("li", { class: "muted empty" }, "No messages yet. Ask or answer about this annotation here."));
    if (messages.length) {
      await api.post("annotations/" + annotationId + "/messages/read/", {});
      if (onRead) onRead(annotationId);
    }
  } catch (error) {
    fill(list, el("li", { class: "error" }, "The discussion could not be loaded: " + describeError(error)));
  }

  async function reply() {
    const text = box.value.trim();
    if (!text) {
      status.dataset.state = "failed";
      status.textContent = "Write something before sending.";
      return;
    }
    send.disabled = true;
    status.dataset.state = "saving";
    status.textContent = "Sending…";
    try {
      const message = await api.post("annotations/" + annotationId + "/messages/", { text });
      const empty = list.querySelector(".empty");
      if (empty) empty.remove();
      list.append(messageItem(message, me));
      box.value = "";
      status.dataset.state = "saved";
      status.textContent = "Sent.";
      if (onSent) onSent(message);
    } catch (error) {
      status.dataset.state = "failed";
      status.textContent = "Not sent: " + describeError(error);
    } finally {
      send.disabled = false;
    }
  }
}
