export { authorshipOf, type Authorship, type CalloutUse, type OwnLine } from './authored';
export { SCAFFOLD, createScaffoldSet, isScaffoldPiece, readLine, shippedScaffoldTexts, scaffoldPiecesOfText, type LineKind, type ReadLine, type ScaffoldSet } from './scaffold';
export { SCAFFOLD_HISTORY } from './history';
export { normaliseScaffold, scaffoldHash, scaffoldPieces, stripEmphasis } from './normalise';
