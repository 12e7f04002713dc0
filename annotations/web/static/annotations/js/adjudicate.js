// Adjudicate one sentence: approve some annotators' labels and reject others in one decision.
import { api, describeError, readJson, whileBusy } from "./api.js";
import { showThread } from "./thread.js";

const data = readJson("page-data");
const form = document.getElementById("adjudicate-form");
const status = document.getElementById("adjudicate-status");

// The buttons stay disabled until this module has taken over the form.
for (const button of form.querySelectorAll("button[disabled]")) button.disabled = false;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  whileBusy(form.querySelector("button[type=submit]"), decide);
});

async function decide() {
  const approve = [];
  const reject = [];
  for (const input of form.querySelectorAll("input[type=radio][data-annotation]:checked")) {
    (input.value === "approve" ? approve : reject).push(Number(input.dataset.annotation));
  }
  if (!approve.length && !reject.length) {
    status.dataset.state = "failed";
    status.textContent = "Choose Approve or Reject for at least one annotation.";
    return;
  }
  status.dataset.state = "saving";
  status.textContent = "Saving the decision…";
  try {
    await api.post("review/adjudicate/", {
      sentence: data.sentence,
      approve,
      reject,
      reason: form.elements.reason.value,
      comment: form.elements.comment.value.trim(),
    });
    status.dataset.state = "saved";
    status.textContent = "Decided: " + approve.length + " approved, " + reject.length + " rejected.";
    setTimeout(() => window.location.reload(), 800);
  } catch (error) {
    status.dataset.state = "failed";
    status.textContent = "Not decided: " + describeError(error) + " Your choices are still in the form.";
  }
}

// Each annotation's discussion loads when it is opened; "#thread-<id>" (from the home page) opens one.
for (const details of document.querySelectorAll(".thread-details")) {
  details.addEventListener("toggle", () => {
    const box = details.querySelector(".thread");
    if (details.open && box.dataset.annotation !== details.dataset.annotation) {
      showThread(box, Number(details.dataset.annotation), { me: data.me });
    }
  });
}
const linkedThread = document.getElementById(window.location.hash.slice(1));
if (linkedThread && linkedThread.classList.contains("thread-details")) {
  linkedThread.open = true;
  linkedThread.scrollIntoView({ block: "start" });
}
