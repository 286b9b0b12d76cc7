declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page. */
    view: import('./course/view.ts').ViewContext;
  }
}
