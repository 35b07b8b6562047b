import { expect } from '@open-wc/testing';

// Each `pix-certif-elements/define/<tag>.js` entry, loaded alone in a fresh page (an iframe):
// it registers its element and the elements it is made of, nothing else.
const EXPECTED: Record<string, string[]> = {
  'pix-abandon-reason': ['pix-abandon-reason'],
  'pix-candidate-report': ['pix-candidate-report'],
  'pix-finalise-wizard': ['pix-abandon-reason', 'pix-candidate-report', 'pix-finalise-wizard'],
  'pix-invigilator-space': ['pix-invigilator-space'],
  'pix-session-details': ['pix-session-details'],
  'pix-session-form': ['pix-session-form'],
  'pix-session-list': ['pix-session-list'],
  'pix-student-enrolment': ['pix-student-enrolment'],
};
const ALL = Object.keys(EXPECTED);

async function registeredBy(tag: string): Promise<string[]> {
  const iframe = document.createElement('iframe');
  iframe.title = tag;
  document.body.append(iframe);
  try {
    const frame = iframe.contentWindow as Window & typeof globalThis;
    const loaded = new Promise<void>((resolve, reject) => {
      const script = frame.document.createElement('script');
      script.type = 'module';
      script.textContent = `import '${location.origin}/src/define/${tag}.ts'; window.parent.postMessage('loaded:${tag}', '*');`;
      const onMessage = (event: MessageEvent) => {
        if (event.data === `loaded:${tag}`) {
          window.removeEventListener('message', onMessage);
          resolve();
        }
      };
      window.addEventListener('message', onMessage);
      frame.addEventListener('error', (event) => reject(event.error));
      frame.document.head.append(script);
    });
    await loaded;
    return ALL.filter((name) => frame.customElements.get(name) !== undefined);
  } finally {
    iframe.remove();
  }
}

describe('each define/<tag>.js entry', () => {
  for (const tag of ALL) {
    it(`define/${tag}.js registers ${EXPECTED[tag]!.join(', ')}`, async () => {
      expect(await registeredBy(tag)).to.deep.equal(EXPECTED[tag]);
    });
  }
});
