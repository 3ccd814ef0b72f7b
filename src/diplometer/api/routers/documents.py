"""Documents: list, read (with text), ingest a posted article, delete (writes need the token)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date as Date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from ...export import document_json
from ...pipeline import extract_all
from ...readers import article_from_text
from ...records import Article
from ...store import content_hash
from ..dependencies import ListFormat, PageDep, StateDep, require_writer
from ..formats import download, fast_json

router = APIRouter(tags=["documents"])
DocId = Annotated[str, Path(min_length=1, max_length=300, description="Document id")]


class NewDocument(BaseModel):
    """An article to ingest; `text` may start with a "date YYYY-MM-DD" line."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$",
                           description="Document id; default: derived from the text")
    date: Date | None = Field(None, description="Publication day; overrides a date line in the text")
    title: str | None = Field(None, max_length=1000)
    text: str = Field(min_length=1, max_length=2_000_000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)


@router.get("/documents", response_model=None)
def list_documents(state: StateDep, page: PageDep,
                   start: Annotated[Date | None, Query(alias="from")] = None,
                   end: Annotated[Date | None, Query(alias="to")] = None,
                   source: Annotated[str | None, Query(max_length=200)] = None,
                   format: ListFormat = "json") -> Response | dict:
    """Documents by date then id (undated last); `format` other than json downloads them all.
    Read from the store itself: a document is listed as soon as it is stored."""
    if format != "json":
        _, docs = state.store.list_documents(start, end, source)
        return download((document_json(d) for d in docs), format, "documents")
    total, docs = state.store.list_documents(start, end, source, page.limit, page.offset)
    return fast_json(page.wrap([document_json(d) for d in docs], total))


@router.get("/documents/{doc_id:path}")
def get_document(doc_id: DocId, state: StateDep) -> dict:
    """One document with its text (a plain JSON string: escape it before display), from the store."""
    doc = state.store.articles([doc_id]).get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r} in the record")
    return document_json(doc) | {"text": doc.text}


@router.post("/documents", status_code=201, dependencies=[Depends(require_writer)],
             responses={200: {"description": "Replaced or unchanged"}, 401: {}, 403: {}})
def post_document(body: NewDocument, state: StateDep) -> JSONResponse:
    """Ingest one article: 201 when new, 200 when it replaced (or equals) the stored one."""
    result = article_from_text(body.text, body.id, "api", body.date)
    if not isinstance(result, Article):
        raise HTTPException(422, str(result))
    article = replace(result, date=body.date or result.date, title=body.title, url=body.url, source=body.source)
    with state.write_lock:
        extraction = next(iter(extract_all([article], state.nlp())))
        status = state.store.save(extraction, content_hash(article))
    state.invalidate()
    payload = {"id": article.id, "status": status, "date": article.date.isoformat() if article.date else None,
               "events": len(extraction.events)}
    return JSONResponse(payload, status_code=201 if status == "ingested" else 200)


@router.delete("/documents/{doc_id:path}", dependencies=[Depends(require_writer)], responses={401: {}, 403: {}, 404: {}})
def delete_document(doc_id: DocId, state: StateDep) -> dict:
    """Remove a document and everything read from it."""
    with state.write_lock:
        deleted = state.store.delete_document(doc_id)
    if not deleted:
        raise HTTPException(404, f"no document {doc_id!r} in the store")
    state.invalidate()
    return {"id": doc_id, "deleted": True}
