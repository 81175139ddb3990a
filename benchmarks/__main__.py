"""Run every benchmark and print its figures."""

from __future__ import annotations

from . import client_object_bench, decode_bench, mock_bench, pipeline_bench, runtime_bench


def main() -> None:
    pipeline_bench.main()
    runtime_bench.main()
    client_object_bench.main()
    decode_bench.main()
    mock_bench.main()


if __name__ == "__main__":
    main()
