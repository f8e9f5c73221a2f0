declare namespace App {
  interface Locals {
    /**
     * Where links to other pages open. An embed page sets `_top`, so the source lines and notes
     * inside a figure lead its reader out of the iframe (links within the page stay in it).
     */
    linkTarget?: '_top';
  }
}
