"""Widgets: thin views over geo_sam_plugin's controller, no segmentation logic."""
