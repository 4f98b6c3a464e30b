"""A naive peer pipeline, built the way the LangChain RAG tutorial builds one, to compare ours against.

Recursive character splitting (1000/200), a Chroma vector store, dense top-4 retrieval, the
tutorial's prompt ("rlm/rag-prompt") and the same LLM as ours. It deliberately shares none of
our pipeline's tuning: no hybrid search, no sentence evidence, no grounding, no stop at the
first newline; only the `Answer`/`Citation` records and the shared model loader.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseLLM
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel, RunnablePassthrough

from ingest.embed import Embedder
from ingest.errors import InputError
from ingest.load import Document
from ingest.settings import Settings
from retriever.answer import Answer, Citation
from retriever.llm import load_llm

COLLECTION = "baseline"
CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
MAX_TOKENS = 64
# Our LLM wrapper stops at "\n" unless told otherwise; that is our pipeline's tuning, not the
# tutorial's. Stopping only at the end-of-sequence marker lets the model run to MAX_TOKENS.
STOP = ["<eos>"]
RAG_PROMPT = PromptTemplate.from_template(
    "You are an assistant for question-answering tasks. Use the following pieces of retrieved context "
    "to answer the question. If you don't know the answer, just say that you don't know. "
    "Use three sentences maximum and keep the answer concise.\n"
    "Question: {question}\n"
    "Context: {context}\n"
    "Answer:"
)
UNKNOWN_PHRASES = ("don't know", "do not know", "not provided", "no information", "cannot answer", "not mentioned")


def says_unknown(text: str) -> bool:
    """Whether a model output declines to answer (or is empty)."""
    lowered = text.lower().replace("\u2019", "'")
    return not lowered.strip() or any(phrase in lowered for phrase in UNKNOWN_PHRASES)


def first_paragraph(output: str) -> str:
    """The model output stripped, up to its first blank line."""
    return output.strip().split("\n\n", 1)[0].strip()


def format_docs(docs: list[LCDocument]) -> str:
    """The tutorial's context: chunk texts separated by blank lines."""
    return "\n\n".join(doc.page_content for doc in docs)


class BaselinePipeline:
    """The tutorial's RAG chain over one document, answering through our `Answer` record."""

    def __init__(self, text: str, source: str, llm: BaseLLM, embeddings: Embeddings, workdir: Path) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.text = text
        self.source = source
        self.doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        self.llm = llm
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        self.splits = splitter.create_documents([text], metadatas=[{"source": source}])
        if not self.splits:
            raise InputError(f"the text for '{source}' is empty; the baseline needs a document to search")
        workdir = Path(workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(
            path=str(workdir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
        )
        self.vector_store = Chroma(collection_name=COLLECTION, embedding_function=embeddings, client=client)
        self.vector_store.reset_collection()  # a reused workdir must not keep an earlier document's chunks
        self.vector_store.add_documents(self.splits, ids=[f"baseline-{i}" for i in range(len(self.splits))])
        self.chain = self.build_chain()

    def retrieve(self, question: str) -> list[LCDocument]:
        """Dense top-4 chunks for `question`."""
        return self.vector_store.similarity_search(question, k=TOP_K)

    def build_chain(self) -> Runnable[str, dict[str, Any]]:
        """The tutorial's chain with sources: question -> {"context", "question", "answer"}."""
        generate = (
            RunnablePassthrough.assign(context=lambda x: format_docs(x["context"]))
            | RAG_PROMPT
            | self.llm.bind(max_tokens=MAX_TOKENS, stop=STOP)
            | StrOutputParser()
        )
        retrieved = RunnableParallel(context=RunnableLambda(self.retrieve), question=RunnablePassthrough())
        # The time stamp between the steps splits the timings into retrieval and generation.
        return retrieved.assign(retrieved_at=lambda _: time.perf_counter()).assign(answer=generate)

    def citation(self, doc: LCDocument) -> Citation:
        """A retrieved chunk as an exact span of the document."""
        start = int(doc.metadata["start_index"])
        end = start + len(doc.page_content)
        if start < 0 or self.text[start:end] != doc.page_content:
            raise AssertionError(f"chunk {doc.id} is not text[{start}:{end}] of '{self.source}'")
        return Citation(self.source, self.doc_id, str(doc.id), start, end, doc.page_content)

    def ask(self, question: str) -> Answer:
        """Answer `question`: the model's first paragraph, citing the four retrieved chunks."""
        started = time.perf_counter()
        out = self.chain.invoke(question)
        ended = time.perf_counter()
        passages = [self.citation(doc) for doc in out["context"]]
        text = first_paragraph(out["answer"])
        abstained = says_unknown(text)
        timings = {
            "retrieval": out["retrieved_at"] - started,
            "generation": ended - out["retrieved_at"],
            "grounding": 0.0,
            "total": ended - started,
        }
        return Answer(
            question=question,
            text=text,
            abstained=abstained,
            citations=[] if abstained else passages,
            passages=passages,
            standalone_question=question,
            collection=COLLECTION,
            timings=timings,
        )


def baseline_for(settings: Settings, document: Document, workdir: Path) -> BaselinePipeline:
    """The baseline over `document` with the embedding model and LLM that `settings` name."""
    llm = load_llm(settings, max_tokens=MAX_TOKENS)
    return BaselinePipeline(document.text, document.source, llm, Embedder(settings.embedding), workdir)
