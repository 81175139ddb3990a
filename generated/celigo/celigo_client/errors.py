"""Errors of the generated functions: an answer with a status the spec does not document."""

from ._runtime import APIStatusError, parse_body


class UnexpectedStatus(APIStatusError):
    """The server answered a status the spec does not document for the operation. An `APIStatusError`:
    `status_code`, `body` (parsed JSON, or text) and `content` (the raw bytes)."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        body = parse_body(content)
        shown = body if isinstance(body, str) else content.decode(errors="replace")
        super().__init__(
            f"Unexpected status code: {status_code}" + (f": {shown[:200]}" if shown else ""),
            status_code=status_code,
            body=body,
        )


__all__ = ["UnexpectedStatus"]
