"""Airflow's side: task settings, the UI plugin, the local stack (the only package importing Airflow)."""
