"""Everything that needs QGIS: plugin entry, Processing provider and algorithms, dependency check."""
