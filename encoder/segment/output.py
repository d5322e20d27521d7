# SPDX-License-Identifier: GPL-2.0-or-later
"""Write polygons with attributes to any OGR vector format, atomically."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import GeoSamError
from ..fields import FIELDS
from ..geo import crs_to_text

_DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".shp": "ESRI Shapefile", ".fgb": "FlatGeobuf", ".kml": "KML", ".gml": "GML", ".csv": "CSV"}
_FIELD_TYPES = {bool: "OFTInteger", int: "OFTInteger64", float: "OFTReal", str: "OFTString"}  # a field the schema does not name
_KIND_TYPES = {"double": "OFTReal", "integer": "OFTInteger", "string": "OFTString"}  # encoder/fields.py's kinds


def write_polygons(path: str | os.PathLike, polygons: list, attributes: list[dict], crs) -> None:
    """Write polygons to a new file, format by extension; nothing is left behind on failure. A polygon may be None
    (a row without geometry), an attribute None (a null field)."""
    ogr, osr = _gdal()

    ogr.UseExceptions()
    path = Path(path)
    driver_name = _DRIVERS.get(path.suffix.lower())
    if driver_name is None:
        raise GeoSamError(f"Unknown vector format {path.suffix!r}: use one of {', '.join(sorted(_DRIVERS))}.")
    if path.exists():
        raise GeoSamError(f"{path} exists already: choose a new file name.")
    if not path.parent.is_dir():
        raise GeoSamError(f"The folder {path.parent} does not exist: create it or choose another output.")
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    driver = ogr.GetDriverByName(driver_name)
    try:
        ds = driver.CreateDataSource(str(tmp))
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs_to_text(crs))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = ds.CreateLayer(path.stem, srs, ogr.wkbMultiPolygon)
        names = list(attributes[0]) if attributes else ["score", "area_m2"]
        for name in names:
            sample = attributes[0][name] if attributes else 0.0
            kind = _KIND_TYPES[FIELDS[name]] if name in FIELDS else _FIELD_TYPES.get(type(sample), "OFTString")
            layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind)))
        for geom, attrs in zip(polygons, attributes):
            feature = ogr.Feature(layer.GetLayerDefn())
            for index, name in enumerate(names):  # by position: a Shapefile cuts names to 10 letters (perimeter_m)
                if attrs[name] is None:
                    feature.SetFieldNull(index)
                else:
                    feature.SetField(index, attrs[name])
            if geom is not None:  # None: a row without a shape (a followed object gone on that date)
                feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(geom.wkb)))
            layer.CreateFeature(feature)
        ds = layer = None
        if driver_name == "ESRI Shapefile":  # a shapefile is several files: rename them all
            for part in tmp.parent.glob(tmp.stem + ".*"):
                os.replace(part, path.with_suffix(part.suffix))
        else:
            os.replace(tmp, path)
    except (RuntimeError, OSError) as exc:
        for part in tmp.parent.glob(tmp.stem + ".*"):
            part.unlink(missing_ok=True)
        raise GeoSamError(f"Cannot write {path}: {exc}. Check that the folder is writable and has free space.") from None


def read_polygons(path: str | os.PathLike) -> tuple[list, list[dict], str]:
    """Every feature of a vector file's first layer: (geometries as shapely, attributes, the layer's CRS as WKT);
    a file GDAL cannot open is one line."""
    import shapely

    ogr, _osr = _gdal()
    ogr.UseExceptions()
    if not Path(path).exists():
        raise GeoSamError(f"Cannot open {path}: there is no such file. Check the path.")
    try:
        ds = ogr.Open(str(path))
    except RuntimeError as exc:
        raise GeoSamError(f"Cannot open {path}: {exc}. Give a vector file GDAL reads (.gpkg, .geojson, .shp, ...).") from None
    if ds is None or ds.GetLayerCount() == 0:
        raise GeoSamError(f"{path} has no vector layer: give a polygon file (.gpkg, .geojson, .shp, ...).")
    layer = ds.GetLayer(0)
    srs = layer.GetSpatialRef()
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    geometries, attributes = [], []
    for feature in layer:
        g = feature.GetGeometryRef()
        geometries.append(shapely.from_wkb(bytes(g.ExportToWkb())) if g is not None else None)
        attributes.append({name: feature.GetField(name) for name in names})
    return geometries, attributes, srs.ExportToWkt() if srs is not None else ""


def _gdal():
    """GDAL's Python bindings (ogr, osr), which vector files need: QGIS's and Debian's Pythons have them, a runtime
    built from pip's rasterio (Windows, macOS) does not, and the command line says so in one line."""
    try:
        from osgeo import ogr, osr
    except ImportError:
        raise GeoSamError("Reading and writing vector files needs GDAL's Python bindings (osgeo), which this Python lacks: "
                          "run this command with a Python that has them (QGIS's, or one with the GDAL package), or use QGIS's Processing tools.") from None
    return ogr, osr

