// The PDF toolkit every printed form uses. It holds no strings of its own: every caption and
// label arrives translated from the form module.
export * from './fonts';
export * from './document';
export * from './text';
export * from './image';
export * from './qr';
export * from './header';
export * from './blocks';
export * from './table';
export * from './decorations';
