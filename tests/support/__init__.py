"""Harness shared by tests and benchmarks: fault injection (faults, fault_scenarios, fault_airflow)."""
