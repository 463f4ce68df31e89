export { documentText, inShapeOf, lineEndingOf } from './shape';
