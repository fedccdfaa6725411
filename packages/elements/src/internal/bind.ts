import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Controller } from '../controllers/controller';

/** Re-renders a Lit element whenever a headless controller's state changes, while it is connected. */
export class Bind<S extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #controller: Controller<S>;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, controller: Controller<S>) {
    this.#host = host;
    this.#controller = controller;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = this.#controller.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
