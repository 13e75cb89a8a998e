/*
 * The part of antd's stylesheet the first screen leaves out (antd-first.css has the rest). Vite
 * loads a dynamically imported module's CSS before the import settles, so whatever waits for
 * loadRestStyles() is drawn with it: the pages other than home and customers (pages.ts) and the
 * dialogs those two open.
 */
import './antd-rest.css';
