export { inShapeOf, lineEndingOf, withoutByteOrderMark } from './shape';
