"""What people read: the News feeds dashboard and run summaries."""
