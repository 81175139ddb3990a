"""Lists page stored records as their `x-pagination` says: page numbers, offsets and cursors, with counters that
agree with the records (fixtures/library.yaml lists one collection in each style)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import apimock

from .conftest import FIXTURES, TOKEN, client

KEY = {"X-Api-Key": TOKEN}
BOOKS = 11


def library() -> apimock.MockApp:
    return apimock.create_app(FIXTURES / "library.yaml", tokens={TOKEN}, validate_responses=True, strict=True)


async def _shelve(http: httpx.AsyncClient, count: int = BOOKS) -> list[int]:
    created = [await http.post("/books", json={"title": f"Book {n}"}, headers=KEY) for n in range(count)]
    assert {response.status_code for response in created} == {201}
    return [response.json()["id"] for response in created]


async def _get(http: httpx.AsyncClient, path: str, **params: Any) -> Any:
    response = await http.get(path, params=params, headers=KEY)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.asyncio
async def test_page_style_counters_agree_with_the_records() -> None:
    async with client(library()) as http:
        ids = await _shelve(http)
        pages = [await _get(http, "/books", page=number, per_page=5) for number in (1, 2, 3)]
    assert [[book["id"] for book in page["records"]] for page in pages] == [ids[0:5], ids[5:10], ids[10:11]]
    assert [page["current_page"] for page in pages] == [1, 2, 3]
    assert [page["prev_page"] for page in pages] == [None, 1, 2]
    assert [page["next_page"] for page in pages] == [2, 3, None]
    assert {page["total_records"] for page in pages} == {BOOKS}
    assert {page["total_pages"] for page in pages} == {3}
    assert all(page["shelf"] for page in pages)  # a required member x-pagination does not name, filled in


@pytest.mark.asyncio
async def test_page_size_defaults_to_the_size_parameter_default() -> None:
    async with client(library()) as http:
        ids = await _shelve(http)
        first = await _get(http, "/books")
    assert [book["id"] for book in first["records"]] == ids[:4]
    assert (first["total_pages"], first["next_page"]) == (3, 2)


@pytest.mark.asyncio
async def test_page_past_the_end_is_empty_and_points_back_to_the_last_page() -> None:
    async with client(library()) as http:
        await _shelve(http)
        past = await _get(http, "/books", page=9, per_page=5)
    assert past["records"] == []
    assert (past["current_page"], past["prev_page"], past["next_page"]) == (9, 3, None)
    assert (past["total_records"], past["total_pages"]) == (BOOKS, 3)


@pytest.mark.asyncio
async def test_empty_collection_in_every_style() -> None:
    async with client(library()) as http:
        by_page = await _get(http, "/books")
        by_offset = await _get(http, "/books/by-offset")
        by_cursor = await _get(http, "/books/by-cursor")
    assert by_page["records"] == []
    assert (by_page["total_records"], by_page["total_pages"]) == (0, 0)
    assert (by_page["current_page"], by_page["prev_page"], by_page["next_page"]) == (1, None, None)
    assert by_offset == []
    assert by_cursor["books"] == []
    assert by_cursor["has_next"] is False
    assert "next_id" not in by_cursor  # not nullable, so left out rather than null


@pytest.mark.asyncio
async def test_offset_style_pages_a_bare_list_until_a_short_page() -> None:
    async with client(library()) as http:
        ids = await _shelve(http)
        walked: list[int] = []
        offset, sizes = 0, []
        while True:
            page = await _get(http, "/books/by-offset", offset=offset, limit=4)
            walked.extend(book["id"] for book in page)
            sizes.append(len(page))
            offset += len(page)
            if len(page) < 4:
                break
        past = await _get(http, "/books/by-offset", offset=BOOKS + 5, limit=4)
        unlimited = await _get(http, "/books/by-offset", offset=2)
    assert walked == ids
    assert sizes == [4, 4, 3]
    assert past == []
    # No size asked for and no default in the spec: the mock's fixed default, more than there are books.
    assert [book["id"] for book in unlimited] == ids[2 : 2 + apimock.DEFAULT_PAGE_SIZE]


@pytest.mark.asyncio
async def test_cursor_continues_exactly_where_the_page_ended() -> None:
    async with client(library()) as http:
        ids = await _shelve(http)
        pages = [await _get(http, "/books/by-cursor")]
        while pages[-1]["has_next"]:
            pages.append(await _get(http, "/books/by-cursor", from_id=pages[-1]["next_id"]))
        unknown = await _get(http, "/books/by-cursor", from_id=-1)
    assert [len(page["books"]) for page in pages] == [3, 3, 3, 2]
    assert [book["id"] for page in pages for book in page["books"]] == ids
    assert [page.get("next_id") for page in pages] == [ids[3], ids[6], ids[9], None]
    assert unknown == {"books": [], "has_next": False}


@pytest.mark.asyncio
async def test_a_deleted_record_leaves_the_pages_and_the_totals() -> None:
    app = library()
    async with client(app) as http:
        ids = await _shelve(http, 5)
        collection = app.mock.bindings["list_books_by_page"].collection.name
        app.mock.store.delete(collection, str(ids[1]))
        page = await _get(http, "/books", per_page=2, page=2)
    assert [book["id"] for book in page["records"]] == ids[3:5]
    assert (page["total_records"], page["total_pages"], page["next_page"]) == (4, 2, None)
