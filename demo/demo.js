// A host page playing the school portal: it owns the data and the "server", and wires every
// event of the elements to it. Plain JavaScript, no build step.

const $ = (selector) => document.querySelector(selector);

/** The fake server: answers after the chosen delay, or fails as the panel says. */
const server = {
  answer(work) {
    const delay = Math.max(0, Number($('#delay').value) || 0);
    const failing = $('#fail').checked;
    const failure = $('#failure').value;
    if (failing && failure === 'never') return new Promise(() => {});
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (!failing) return resolve(work());
        if (failure) reject({ code: failure });
        else reject(new Error('Service indisponible, réessayez dans un instant.'));
      }, delay);
    });
  },
};

// The school's data, as the host would load it from its API.
const classes = ['3A', '3B', '4C'];
const firstNames = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules', 'Manon', 'Noah', 'Camille', 'Adam'];
const lastNames = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const students = Array.from({ length: 36 }, (_, index) => ({
  id: 100 + index,
  firstName: firstNames[index % firstNames.length],
  lastName: lastNames[(index * 7) % lastNames.length],
  birthdate: `2011-0${(index % 9) + 1}-1${index % 10}`,
  division: classes[index % classes.length],
  isEnrolled: false,
}));

const today = new Date();
const isoDay = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const data = {
  session: {
    id: 296,
    address: 'Collège Anne Frank',
    room: 'Salle 208',
    examiner: 'Paul Eluard',
    date: isoDay(today),
    time: '08:00',
    accessCode: 'VRJB36',
    description: null,
    status: 'created',
    certificationCenterName: 'Collège Anne Frank',
    version: 2,
  },
  candidates: [],
  reports: [],
};

function log(name, detail) {
  const item = document.createElement('li');
  const files = detail && Array.isArray(detail.files) ? { ...detail, files: detail.files.map((file) => file.name) } : detail;
  item.textContent = `${name} ${JSON.stringify(files)}`;
  $('#log').prepend(item);
}

let current = 'details';

function show(view) {
  current = view;
  for (const button of document.querySelectorAll('nav button')) {
    if (button.dataset.view === view) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  const main = $('#view');
  main.replaceChildren(views[view]());
  main.focus();
}

const views = {
  create() {
    const form = document.createElement('pix-session-form');
    form.today = isoDay(today);
    form.addEventListener('pix-session-submit', (event) => {
      log('pix-session-submit', event.detail);
      event.respondWith(
        server.answer(() => {
          data.session = { ...data.session, ...event.detail.session, id: data.session.id + 1, status: 'created' };
          data.candidates = [];
          data.reports = [];
          for (const student of students) student.isEnrolled = false;
          setTimeout(() => show('details'), 600);
        }),
      );
    });
    form.addEventListener('pix-cancel', (event) => {
      log('pix-cancel', event.detail);
      show('details');
    });
    return form;
  },

  edit() {
    const form = document.createElement('pix-session-form');
    form.session = data.session;
    form.today = isoDay(today);
    form.addEventListener('pix-session-submit', (event) => {
      log('pix-session-submit', event.detail);
      event.respondWith(
        server.answer(() => {
          data.session = { ...data.session, ...event.detail.session };
          setTimeout(() => show('details'), 600);
        }),
      );
    });
    form.addEventListener('pix-cancel', (event) => {
      log('pix-cancel', event.detail);
      show('details');
    });
    return form;
  },

  details() {
    const details = document.createElement('pix-session-details');
    details.session = data.session;
    details.candidates = data.candidates;
    details.reports = data.reports;
    details.addEventListener('pix-session-edit', (event) => {
      log('pix-session-edit', event.detail);
      show('edit');
    });
    details.addEventListener('pix-session-finalise-request', (event) => {
      log('pix-session-finalise-request', event.detail);
      show('finalise');
    });
    details.addEventListener('pix-attendance-sheet-download', (event) => log('pix-attendance-sheet-download', event.detail));
    return details;
  },

  enrol() {
    const enrolment = document.createElement('pix-student-enrolment');
    enrolment.session = data.session;
    enrolment.students = students;
    enrolment.addEventListener('pix-students-enrol', (event) => {
      log('pix-students-enrol', event.detail);
      event.respondWith(
        server.answer(() => {
          for (const id of event.detail.studentIds) {
            const student = students.find((candidate) => candidate.id === id);
            if (!student || student.isEnrolled) continue;
            student.isEnrolled = true;
            data.candidates.push({
              id: student.id,
              firstName: student.firstName,
              lastName: student.lastName,
              birthdate: student.birthdate,
              division: student.division,
              hasStarted: false,
            });
          }
          setTimeout(() => show('details'), 600);
        }),
      );
    });
    enrolment.addEventListener('pix-cancel', (event) => {
      log('pix-cancel', event.detail);
      show('details');
    });
    return enrolment;
  },

  finalise() {
    const wizard = document.createElement('pix-finalise-wizard');
    wizard.persistDraft = true;
    wizard.timeout = 8000;
    wizard.session = data.session;
    wizard.reports = data.reports;
    wizard.addEventListener('pix-finalise', (event) => {
      log('pix-finalise', event.detail);
      event.respondWith(
        server.answer(() => {
          data.session = { ...data.session, status: 'finalized' };
        }),
      );
    });
    wizard.addEventListener('pix-issue-report-add', (event) => {
      log('pix-issue-report-add', event.detail);
      const report = data.reports.find((item) => item.certificationCourseId === event.detail.certificationCourseId);
      if (report) report.issueReports = [...(report.issueReports ?? []), event.detail.issueReport];
    });
    wizard.addEventListener('pix-issue-report-remove', (event) => {
      log('pix-issue-report-remove', event.detail);
      const report = data.reports.find((item) => item.certificationCourseId === event.detail.certificationCourseId);
      if (report) report.issueReports = (report.issueReports ?? []).filter((_, index) => index !== event.detail.index);
    });
    wizard.addEventListener('pix-documents-submit', (event) => {
      log('pix-documents-submit', event.detail);
      event.respondWith(server.answer(() => undefined));
    });
    wizard.addEventListener('pix-draft-change', (event) => log('pix-draft-change', { sessionId: event.detail.sessionId }));
    return wizard;
  },
};

// "Simuler le passage des candidats": every enrolled pupil starts; one in four does not finish.
$('#simulate').addEventListener('click', () => {
  const pupils = data.candidates.length > 0 ? data.candidates : students.slice(0, 6);
  data.reports = pupils.map((pupil, index) => ({
    certificationCourseId: 5000 + pupil.id,
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    isCompleted: index % 4 !== 1,
    issueReports: [],
  }));
  data.candidates = data.candidates.map((candidate) => ({ ...candidate, hasStarted: true }));
  log('(hôte) candidats passés', { reports: data.reports.length });
  show(current === 'create' || current === 'edit' ? 'details' : current);
});

for (const button of document.querySelectorAll('nav button')) {
  button.addEventListener('click', () => show(button.dataset.view));
}

show('details');
