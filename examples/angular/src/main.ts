// Entry of the Angular example (built by `ng build` into examples/angular/dist/browser/main.js):
// a zoneless standalone application, mounted into a given element.
import { createApplication } from '@angular/platform-browser';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import type { CertificationReport, FinalisationPayload, Session } from 'pix-certif-elements';
import { FinaliseSessionComponent } from './finalise-session.component';

export interface FinaliseSessionOptions {
  session: Session;
  reports: CertificationReport[];
  finaliseSession: (payload: FinalisationPayload) => Promise<unknown>;
}

/** Renders the example into `container`; returns a function that destroys the application and removes it. */
export function mount(container: HTMLElement, { session, reports, finaliseSession }: FinaliseSessionOptions): () => void {
  const host = document.createElement('pix-example-finalise-session');
  container.append(host);
  const application = createApplication({ providers: [provideZonelessChangeDetection()] }).then((app) => {
    // The inputs are set before the first change detection (required inputs cannot be read unset).
    const component = createComponent(FinaliseSessionComponent, { environmentInjector: app.injector, hostElement: host });
    component.setInput('session', session);
    component.setInput('reports', reports);
    component.setInput('finaliseSession', finaliseSession);
    app.attachView(component.hostView);
    component.changeDetectorRef.detectChanges();
    return app;
  });
  return () => {
    void application.then((app) => {
      app.destroy();
      host.remove();
    });
  };
}
