// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

export {
  FileBatches,
  type VectorStoreFileBatch,
  type FileBatchCreateParams,
  type FileBatchRetrieveParams,
  type FileBatchCancelParams,
  type FileBatchListFilesParams,
} from './file-batches';
export {
  Files,
  type VectorStoreFile,
  type VectorStoreFileDeleted,
  type FileContentResponse,
  type FileCreateParams,
  type FileRetrieveParams,
  type FileUpdateParams,
  type FileListParams,
  type FileDeleteParams,
  type FileContentParams,
  type VectorStoreFilesPage,
  type FileContentResponsesPage,
} from './files';
export {
  VectorStores,
  type AutoFileChunkingStrategyParam,
  type FileChunkingStrategy,
  type FileChunkingStrategyParam,
  type OtherFileChunkingStrategyObject,
  type StaticFileChunkingStrategy,
  type StaticFileChunkingStrategyObject,
  type StaticFileChunkingStrategyObjectParam,
  type VectorStore,
  type VectorStoreDeleted,
  type VectorStoreSearchResponse,
  type VectorStoreCreateParams,
  type VectorStoreUpdateParams,
  type VectorStoreListParams,
  type VectorStoreSearchParams,
  type VectorStoresPage,
  type VectorStoreSearchResponsesPage,
} from './vector-stores';
