export { authorshipOf, type Authorship, type CalloutUse, type OwnLine } from './authored';
export { isScaffoldPiece, readLine, shippedScaffoldTexts, scaffoldPiecesOfText, type LineKind, type ReadLine } from './scaffold';
export { normaliseScaffold, scaffoldHash, scaffoldPieces, stripEmphasis } from './normalise';
