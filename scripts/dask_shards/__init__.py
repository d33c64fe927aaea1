"""Run `topictrends transform` shards as Dask tasks (see scripts/dask_transform.py)."""
