# SPDX-License-Identifier: GPL-2.0-or-later
"""The prompt map tool (left click foreground, right click background, drag a box, hover to preview) and the rubber
bands the dock's parts draw with."""

from __future__ import annotations

from qgis.core import QgsPointXY
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import QEvent, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

# A press and release closer than this (screen pixels) is a click, not a box.
DRAG_THRESHOLD_PX = 4


def rubber_band(canvas, geometry_type, color: QColor, width: int = 2, fill_alpha: int = 70) -> QgsRubberBand:
    """A band on the canvas: its outline in color, its fill the same colour at fill_alpha (0: none)."""
    band = QgsRubberBand(canvas, geometry_type)
    band.setStrokeColor(color)
    fill = QColor(color)
    fill.setAlpha(fill_alpha)
    band.setFillColor(fill)
    band.setWidth(width)
    return band


def remove_bands(canvas, bands) -> None:
    """The bands taken off the canvas's scene and destroyed (while the canvas still exists)."""
    from qgis.PyQt import sip

    for band in bands:
        canvas.scene().removeItem(band)
        sip.delete(band)


class PromptMapTool(QgsMapTool):
    """Emits prompts in map coordinates of the canvas; shortcuts only act while this tool is active."""

    pointAdded = pyqtSignal(float, float, int)  # x, y, label
    boxDrawn = pyqtSignal(float, float, float, float)
    hovered = pyqtSignal(float, float)
    boxDragged = pyqtSignal(float, float, float, float)  # live rectangle while dragging
    shortcut = pyqtSignal(str)  # "undo", "redo", "clear", "save"
    left = pyqtSignal()  # the cursor left the canvas

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self._press = None  # (screen pos, map point, button)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def activate(self):
        super().activate()
        self.canvas().viewport().installEventFilter(self)

    def deactivate(self):
        self.canvas().viewport().removeEventFilter(self)
        self._press = None
        super().deactivate()

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Leave:
            self.left.emit()
        return False

    def canvasPressEvent(self, event):  # noqa: N802
        self._press = (event.pos(), QgsPointXY(event.mapPoint()), event.button())

    def canvasMoveEvent(self, event):  # noqa: N802
        point = event.mapPoint()
        if self._press is not None and self._press[2] == Qt.MouseButton.LeftButton:
            start = self._press[1]
            self.boxDragged.emit(start.x(), start.y(), point.x(), point.y())
        elif self._press is None:
            self.hovered.emit(point.x(), point.y())

    def canvasReleaseEvent(self, event):  # noqa: N802
        if self._press is None:
            return
        start_pos, start, button = self._press
        self._press = None
        point = event.mapPoint()
        moved = (event.pos() - start_pos).manhattanLength()
        if button == Qt.MouseButton.LeftButton and moved > DRAG_THRESHOLD_PX:
            self.boxDrawn.emit(start.x(), start.y(), point.x(), point.y())
        elif button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self.pointAdded.emit(point.x(), point.y(), 1 if button == Qt.MouseButton.LeftButton else 0)

    def keyPressEvent(self, event):  # noqa: N802
        key, mods = event.key(), event.modifiers()
        action = None
        if key == Qt.Key.Key_Z and mods & Qt.KeyboardModifier.ControlModifier:
            action = "redo" if mods & Qt.KeyboardModifier.ShiftModifier else "undo"
        elif key == Qt.Key.Key_Y and mods & Qt.KeyboardModifier.ControlModifier:
            action = "redo"
        elif key == Qt.Key.Key_S and not mods:
            action = "save"
        elif key == Qt.Key.Key_Escape:
            action = "clear"
        # One tool takes all three prompt kinds (left, right, drag), so Tab stays QGIS's.
        if action is None:
            event.ignore()
            return
        event.accept()
        self.shortcut.emit(action)
