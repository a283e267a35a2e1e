export {
  wordDocumentKindNames as wordDocumentKinds,
  type WordDocumentKindName as WordDocumentKind,
} from '../../../../shared/documents-contract.js';
