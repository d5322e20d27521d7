<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackgroundTasks</name>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="48"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Es läuft bereits eine Kodierung: Warten Sie, bis sie fertig ist, oder brechen Sie sie in der Aufgabenverwaltung (unten rechts) ab.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="55"/>
        <source>Encoded: {0}.</source>
        <translation>Kodiert: {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="63"/>
        <source>Encoding {0}</source>
        <translation>Kodiere {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="66"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>Kodiere {0}: lade das Modell und lese die erste Kachel</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="67"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>Kodiere {0} im Hintergrund nach {1} (Aufgabenverwaltung unten rechts: Fortschritt und Abbrechen).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="78"/>
        <source>Choose a checkpoint first: Measure times its image encoder on this machine.</source>
        <translation>Wählen Sie zuerst einen Checkpoint: Messen misst seinen Bild-Encoder auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="81"/>
        <source>Measuring is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Es wird bereits gemessen: warten Sie, oder brechen Sie es in der Aufgabenverwaltung ab.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="88"/>
        <source>Measured: {0}</source>
        <translation>Gemessen: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="113"/>
        <source>Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all.</source>
        <translation>Textprompts durchsuchen einen fertigen Merkmalsordner: Wenn „Ab Ansicht kodieren…“ abgeschlossen ist, laden Sie seinen Ordner, dann „Alle finden“.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="116"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>Laden Sie zuerst einen mit SAM 3 kodierten Merkmalsordner: Textprompts durchsuchen gespeicherte Merkmale.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="119"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Eine Textsuche läuft bereits: warten Sie darauf oder brechen Sie sie im Task-Manager ab.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="161"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>{0} × „{1}“ in {2} gefunden: Layer „{3}“.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="163"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>Kein „{0}“ mit einer Bewertung von {1:g} oder mehr gefunden: der Layer „{2}“ ist leer. Senken Sie die Schwelle, um schwächere Treffer zu sehen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="172"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>Suche „{0}“</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="175"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>Suche „{0}“: SAM 3 wird geladen</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="184"/>
        <source>QGIS refused the layer</source>
        <translation>QGIS hat den Layer abgelehnt</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="185"/>
        <source>Could not add the polygons found for &apos;{0}&apos; to the project: {1}.</source>
        <translation>Die für „{0}“ gefundenen Polygone konnten nicht zum Projekt hinzugefügt werden: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="208"/>
        <source>Not measured: {0}</source>
        <translation>Nicht gemessen: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="97"/>
        <source>Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)</source>
        <translation>Der Encoder wird in jeder Genauigkeit gemessen und auf Kacheln von {0} geprüft (beim ersten Mal wird er für OpenVINO umgewandelt: eine Minute oder länger)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="99"/>
        <source>Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)</source>
        <translation>Der Encoder wird gemessen: eine Kachel in jeder Genauigkeit (wählen Sie ein Raster unter Quelle, um auch die Genauigkeit zu prüfen)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="204"/>
        <source>Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.</source>
        <translation>Noch nicht gemessen: Messen misst eine Kachel in jeder Genauigkeit und prüft mit einem Raster unter Quelle bfloat16 und int8 gegen float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="209"/>
        <source>{0} on {1}: float32 {2:.2f} s a chip</source>
        <translation>{0} auf {1}: float32 {2:.2f} s je Kachel</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="213"/>
        <source>{0} {1:.2f} s ({2:.2f}x as fast, {3})</source>
        <translation>{0} {1:.2f} s ({2:.2f}-mal so schnell, {3})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>passed the accuracy gate</source>
        <translation>hat die Genauigkeitsprüfung bestanden</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>failed the accuracy gate</source>
        <translation>hat die Genauigkeitsprüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="218"/>
        <source>, {0} (IoU median {1:.3f}, worst {2:.3f})</source>
        <translation>, {0} (IoU Median {1:.3f}, schlechteste {2:.3f})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="223"/>
        <source>{0} cannot run here ({1})</source>
        <translation>{0} läuft hier nicht ({1})</translation>
    </message>
</context>
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="97"/>
        <source>Encode raster (SAM image features)</source>
        <translation>Raster kodieren (SAM-Bildmerkmale)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="100"/>
        <source>Encode</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="129"/>
        <source>Input raster</source>
        <translation>Eingaberaster</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="130"/>
        <source>Bands (up to 3, in order)</source>
        <translation>Bänder (bis zu 3, in Reihenfolge)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="138"/>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="139"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="140"/>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="141"/>
        <source>Compute precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="142"/>
        <source>Stored feature precision</source>
        <translation>Genauigkeit der gespeicherten Merkmale</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="146"/>
        <source>Feature folder</source>
        <translation>Merkmalsordner</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="147"/>
        <source>Chips in the folder</source>
        <translation>Kacheln im Ordner</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="148"/>
        <source>Chips skipped as nodata</source>
        <translation>Als Nodata übersprungene Kacheln</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="199"/>
        <source>Device: {0}</source>
        <translation>Gerät: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="206"/>
        <source>{0}/{1} chips, {2:.2f} chips/s</source>
        <translation>{0}/{1} Kacheln, {2:.2f} Kacheln/s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="208"/>
        <source>{0}, about {1:.0f} s left</source>
        <translation>{0}, noch etwa {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="214"/>
        <source>{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.</source>
        <translation>{0} Kacheln in {1} ({2} Nodata-Kacheln übersprungen), vom Cluster kodiert.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="216"/>
        <source>{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.</source>
        <translation>{0} Kacheln in {1} ({2} wiederverwendet, {3} Nodata-Kacheln übersprungen) in {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="175"/>
        <source>{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).</source>
        <translation>{0} wird von QGIS gezeichnet: lassen Sie Bänder leer (kodiert wird das RGB, das QGIS zeichnet).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="131"/>
        <source>Extent (default: whole raster)</source>
        <translation>Ausdehnung (Standard: ganzes Raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="132"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>KBS (Standard: das des Rasters)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="133"/>
        <source>Pixel size (0 = native)</source>
        <translation>Pixelgröße (0 = nativ)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="134"/>
        <source>Value range min,max (empty: automatic)</source>
        <translation>Wertebereich min,max (leer: automatisch)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="135"/>
        <source>Chip size, px (0 = the model&apos;s)</source>
        <translation>Kachelgröße, px (0 = die des Modells)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="136"/>
        <source>Stride, px (0 = half a chip)</source>
        <translation>Schrittweite, px (0 = halbe Kachel)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="137"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (Datei oder Modellname)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="143"/>
        <source>Dask scheduler address (optional)</source>
        <translation>Adresse des Dask-Schedulers (optional)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="106"/>
        <source>Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder then runs only the light decoder.

Bands: up to 3, any order (one band is copied to three). Value range: &apos;min,max&apos; scaled to 0..255; empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, one range for every chip). Chip size 0 = the model&apos;s native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. Compute precision: float32 gives the reference predictors&apos; features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock&apos;s Measure (or python -m encoder measure --raster) found its masks close enough to float32&apos;s on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), or a downloaded model&apos;s name; without a GPU, mobile_sam encodes about six times faster than ViT-B.

Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer&apos;s deepest zoom; a finer one is done, with a warning) over Extent, into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. An interrupted fetch resumes.

The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 for four workers on this machine, encodes on a cluster.</source>
        <translation>Führt den Bild-Encoder von Segment Anything (SAM, SAM 2, SAM 3 oder MobileSAM) Kachel für Kachel über ein georeferenziertes Raster aus und schreibt einen Feature-Ordner (manifest.parquet + features/chip_NNNNNN.pt). Das Segmentieren aus diesem Ordner führt danach nur noch den leichten Decoder aus.

Bänder: bis zu 3, in beliebiger Reihenfolge (ein einzelnes Band wird dreifach verwendet). Wertebereich: „min,max“ wird auf 0..255 skaliert; leer = automatisch (8 Bit bleibt unverändert, andere Datentypen nutzen das 2.–98. Perzentil des ganzen Rasters, ein Bereich für alle Kacheln). Kachelgröße 0 = die native Größe des Modells (1024 px; 1008 für SAM 3, 256 für LiteMedSAM); Schrittweite 0 = eine halbe Kachel. Ein erneuter Lauf mit denselben Einstellungen setzt eine unterbrochene Kodierung fort; andere Einstellungen in einen benutzten Ordner werden abgelehnt. Rechengenauigkeit: float32 liefert die Features der Referenz-Prädiktoren; bfloat16 läuft auf einer GPU und, in OpenVINO, auf CPUs mit AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids und neuer, AMD Zen 4 und neuer; siehe docs/performance.md) und ist auf anderen CPUs langsam; float16 braucht eine GPU; int8 läuft auf einer CPU in OpenVINO, sobald Messen im Dock (oder python -m encoder measure --raster) seine Masken auf Ihrem Checkpoint und Ihren Bildern nah genug an denen von float32 fand. Auf einer CPU wird eine Genauigkeit, die diese Genauigkeitsprüfung nicht bestanden hat, abgelehnt. Der Checkpoint ist eine SAM-, SAM 2-, SAM 3- oder MobileSAM-Datei (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...) oder der Name eines heruntergeladenen Modells; ohne GPU kodiert mobile_sam etwa sechsmal schneller als ViT-B.

Weblayer (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) werden über QGIS abgerufen, mit dessen Proxy- und Authentifizierungseinstellungen, in der Pixelgröße (0 = die feinste, die der Layer liefert: die tiefste Zoomstufe eines XYZ- / WMTS-Layers; eine feinere wird mit einer Warnung ausgeführt) über der Ausdehnung, in den Merkmalsordner; Kachelzahl und Downloadgröße werden vorher genannt, Anfragen mit mehr als 4000 Kacheln werden abgelehnt. Ein unterbrochener Abruf wird fortgesetzt.

Der Checkpoint ist zuerst der zuletzt im GeoSAM-Dock gewählte. Adresse des Dask-Schedulers (erweitert): tcp://host:8786, oder local:4 für vier Worker auf diesem Rechner, kodiert auf einem Cluster.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="58"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>{0} geladen: {1} Kachel(n), Modell {2}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="60"/>
        <source>Loading {0}: the model and its decoder</source>
        <translation>Lade {0}: das Modell und seinen Decoder</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="69"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>Live-Modus auf {0}: Der erste Klick in einem Gebiet kodiert dessen Kachel ({1}, einige Sekunden), weitere Klicks in der Nähe sind sofort da.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="74"/>
        <source>Loading {0} for live mode</source>
        <translation>Lade {0} für den Live-Modus</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="109"/>
        <source>Could not open {0}: {1}</source>
        <translation>Konnte {0} nicht öffnen: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · Kacheln zu {4} px · live auf {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · Kacheln zu {4} px · Ordner {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="158"/>
        <source> · LiteMedSAM: drag a box around each object (a click alone gives a small speck)</source>
        <translation> · LiteMedSAM: Ziehen Sie ein Rechteck um jedes Objekt (ein Klick allein ergibt nur einen kleinen Fleck)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="167"/>
        <source>CPU, {0} threads</source>
        <translation>CPU, {0} Threads</translation>
    </message>
</context>
<context>
    <name>ExportTrainingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="39"/>
        <source>Export training data</source>
        <translation>Trainingsdaten exportieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="42"/>
        <source>Encode</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="48"/>
        <source>Cuts a raster into image chips that hold the polygons&apos; objects, and writes their labels the way trainers read them: GeoTIFF chips (georeferenced) and PNG or JPEG copies, COCO instances (annotations/instances_train.json and _val.json; objects with holes as RLE), YOLO segmentation labels with a data.yaml, and per-chip masks (class ids and object ids). Classes come from the class field (empty: one class, &apos;object&apos;).

Objects cut by a chip&apos;s edge are clipped to it, or skipped; objects under the minimum area (pixels) are left out. Chips go to validation with the given share, drawn with the seed (the same run gives the same split). A web layer (XYZ, WMS, ...) is fetched through QGIS over the polygons&apos; extent at its finest resolution, as Encode raster does. The output folder must be new or empty; nothing is left half-written.</source>
        <translation>Schneidet ein Raster in Bildkacheln, die die Objekte der Polygone enthalten, und schreibt ihre Beschriftungen so, wie Trainingsprogramme sie lesen: GeoTIFF-Kacheln (georeferenziert) und PNG- oder JPEG-Kopien, COCO-Instanzen (annotations/instances_train.json und _val.json; Objekte mit Löchern als RLE), YOLO-Segmentierungslabels mit einer data.yaml und Masken je Kachel (Klassen- und Objektnummern). Die Klassen kommen aus dem Klassenfeld (leer: eine Klasse, 'object').

Vom Kachelrand geschnittene Objekte werden zugeschnitten oder ausgelassen; Objekte unter der Mindestfläche (Pixel) bleiben weg. Kacheln gehen mit dem angegebenen Anteil in die Validierung, gezogen mit dem Startwert (derselbe Lauf ergibt dieselbe Aufteilung). Ein Weblayer (XYZ, WMS, ...) wird über QGIS über der Ausdehnung der Polygone in seiner feinsten Auflösung abgerufen, wie beim Raster kodieren. Der Ausgabeordner muss neu oder leer sein; nichts bleibt halb geschrieben.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="60"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="61"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="62"/>
        <source>Class field</source>
        <translation>Klassenfeld</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="63"/>
        <source>Chip size, px</source>
        <translation>Kachelgröße, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="64"/>
        <source>Overlap, px</source>
        <translation>Überlappung, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="65"/>
        <source>Min. object area, px</source>
        <translation>Min. Objektfläche, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Objects cut by a chip edge</source>
        <translation>Vom Kachelrand geschnittene Objekte</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Clip</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="67"/>
        <source>Validation share</source>
        <translation>Anteil Validierung</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="68"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="69"/>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="70"/>
        <source>Training data folder</source>
        <translation>Ordner der Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="79"/>
        <source>Choose a raster layer and a polygon layer.</source>
        <translation>Wählen Sie einen Rasterlayer und einen Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="99"/>
        <source>{0} has no polygons: give a layer with features over the raster.</source>
        <translation>{0} hat keine Polygone: Geben Sie einen Layer mit Objekten über dem Raster an.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="120"/>
        <source>{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.</source>
        <translation>{0} Kacheln für das Training und {1} für die Validierung, {2} Objekte, Klassen: {3}; in {4}.</translation>
    </message>
</context>
<context>
    <name>FollowDatesAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="42"/>
        <source>Follow objects through dates</source>
        <translation>Objekte durch die Zeitpunkte verfolgen</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="45"/>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="51"/>
        <source>Rasters of one place on several dates (a shoreline year by year, a field through a season, before and after a storm) and prompts on one of them: each object&apos;s outline on every date, one feature per object and date, with its date, true area (area_m2) and the change from the previous date (change_m2).

Each raster is encoded once into a feature folder of its own under Feature folders, on the first date&apos;s grid (a later run with the same folders reuses them). With a SAM 2 / 2.1 checkpoint, SAM 2&apos;s memory carries each object from date to date, forwards and backwards from the prompted date: it may move, change shape or vanish (found = 0, no geometry). Other models decode the same prompt on every date (method = same prompt).</source>
        <translation>Raster eines Ortes zu mehreren Zeitpunkten (eine Uferlinie Jahr für Jahr, ein Feld durch eine Saison, vor und nach einem Sturm) und Eingaben auf einem davon: der Umriss jedes Objekts zu jedem Zeitpunkt, ein Feature pro Objekt und Zeitpunkt, mit Datum, wahrer Fläche (area_m2) und der Änderung zum vorigen Zeitpunkt (change_m2).

Jedes Raster wird einmal in einen eigenen Feature-Ordner unter Feature-Ordner kodiert, auf dem Raster des ersten Zeitpunkts (ein späterer Lauf mit denselben Ordnern verwendet sie wieder). Mit einem SAM 2 / 2.1-Checkpoint trägt das Gedächtnis von SAM 2 jedes Objekt von Zeitpunkt zu Zeitpunkt, vorwärts und rückwärts vom Zeitpunkt der Eingabe: es darf sich bewegen, seine Form ändern oder verschwinden (found = 0, keine Geometrie). Andere Modelle dekodieren dieselbe Eingabe zu jedem Zeitpunkt (method = same prompt).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="69"/>
        <source>Rasters (one per date)</source>
        <translation>Raster (eines pro Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="70"/>
        <source>Dates (comma-separated; empty: from the files)</source>
        <translation>Daten (durch Kommas getrennt; leer: aus den Dateien)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="71"/>
        <source>Prompts (points, or polygons as boxes)</source>
        <translation>Eingaben (Punkte, oder Polygone als Rahmen)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="73"/>
        <source>Object field</source>
        <translation>Objektfeld</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="74"/>
        <source>Date field (the date a prompt is on)</source>
        <translation>Datumsfeld (der Zeitpunkt einer Eingabe)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="75"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (Datei oder Modellname)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="76"/>
        <source>Feature folders (one per date)</source>
        <translation>Feature-Ordner (einer pro Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="77"/>
        <source>Objects through dates</source>
        <translation>Objekte durch die Zeitpunkte</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="87"/>
        <source>Give at least two rasters, one per date.</source>
        <translation>Geben Sie mindestens zwei Raster an, eines pro Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="90"/>
        <source>Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory).</source>
        <translation>Wählen Sie einen Checkpoint (eine SAM 2 / 2.1-Datei verfolgt mit ihrem Gedächtnis).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="99"/>
        <source>Choose a prompt layer (points or polygons).</source>
        <translation>Wählen Sie einen Eingabelayer (Punkte oder Polygone).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="102"/>
        <source>The prompt layer has no features with a geometry: add a point or a box on one date.</source>
        <translation>Der Eingabelayer hat keine Features mit Geometrie: fügen Sie einen Punkt oder Rahmen zu einem Zeitpunkt hinzu.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="110"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Der Ausgabelayer kann nicht erstellt werden: Prüfen Sie Pfad und Format.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="116"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>In {0} kann nicht geschrieben werden: Prüfen Sie Pfad, Format und freien Speicherplatz der Ausgabe.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="118"/>
        <source>{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).</source>
        <translation>{0} Objekt(e) durch {1} Zeitpunkt(e): {2} Umriss(e), {3} Zeitpunkt(e), an denen ein Objekt nicht gefunden wurde ({4}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="133"/>
        <source>No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.</source>
        <translation>Kein Datum für {0} gefunden (keines in seinen Metadaten oder seinem Namen): geben Sie die Daten an, eines pro Raster, unter Daten.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="149"/>
        <source>Give at least one raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Geben Sie mindestens eine Rasterdatei unter den Daten an: Web-Layer werden über ihre Ausdehnung, auf ihrem Raster, geladen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="155"/>
        <source>{0} is a web layer: fetching it over {1}&apos;s extent.</source>
        <translation>{0} ist ein Web-Layer: er wird über die Ausdehnung von {1} geladen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="59"/>
        <source>Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file&apos;s acquisition date from its metadata, else a date in its name, else the list&apos;s order. Prompts: a point layer (clicks) or a polygon layer (each polygon&apos;s bounding box is a box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place in date order; empty: the earliest): an object&apos;s prompts on the date of its first feature start it, those on other dates correct it there. A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file&apos;s extent, on its grid, into Feature folders (its date from its name, e.g. Esri Wayback&apos;s, where Dates is empty).</source>
        <translation>Daten: eines pro Raster, durch Kommas getrennt (JJJJ-MM-TT); leer: das Aufnahmedatum jeder Datei aus ihren Metadaten, sonst ein Datum in ihrem Namen, sonst die Reihenfolge der Liste. Eingaben: ein Punktlayer (Klicks) oder ein Polygonlayer (das umgebende Rechteck jedes Polygons ist ein Rahmen); das Objektfeld fasst mehrere Klicks zu einem Objekt zusammen; das Datumsfeld nennt den Zeitpunkt einer Eingabe (ein Datum oder seine Stelle in der Zeitfolge; leer: der früheste): die Eingaben eines Objekts zum Zeitpunkt seines ersten Features starten es, die zu anderen Zeitpunkten korrigieren es dort. Ein Web-Layer (XYZ, WMS, WMTS, ...) als Datum wird über QGIS über die Ausdehnung der frühesten Rasterdatei, auf ihrem Raster, in die Merkmalsordner geladen (sein Datum aus seinem Namen, z. B. bei Esri Wayback, wenn Daten leer ist).</translation>
    </message>
</context>
<context>
    <name>FollowedDates</name>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="222"/>
        <source>Add at least two rasters of the same place, one per date.</source>
        <translation>Fügen Sie mindestens zwei Raster desselben Orts hinzu, eines pro Datum.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="96"/>
        <source>The dates are being encoded or followed: wait for it, or cancel it in the task manager.</source>
        <translation>Die Daten werden gerade kodiert oder verfolgt: warten Sie, oder brechen Sie es im Task-Manager ab.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="235"/>
        <source>Encoding the dates was cancelled: Encode dates… again resumes it.</source>
        <translation>Das Kodieren der Daten wurde abgebrochen: Daten kodieren… setzt es fort.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="242"/>
        <source>{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.</source>
        <translation>{0} Daten in {1} kodiert: zeichnen Sie das Objekt an einem Datum mit dem Segmentieren-Werkzeug, dann Verfolgen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="245"/>
        <source>Encoding {0} dates</source>
        <translation>Kodiere {0} Daten</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="325"/>
        <source>Add two or more rasters of one place, then Encode dates…</source>
        <translation>Fügen Sie zwei oder mehr Raster eines Orts hinzu, dann Daten kodieren…</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="327"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} von {2})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="331"/>
        <source>the object is not there on this date</source>
        <translation>an diesem Datum ist das Objekt nicht da</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="332"/>
        <source>{0:,.0f} m²</source>
        <translation>{0:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="334"/>
        <source>{0:+,.0f} m² since the date before</source>
        <translation>{0:+,.0f} m² seit dem vorigen Datum</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="344"/>
        <source>Encode the dates first (Encode dates…).</source>
        <translation>Kodieren Sie zuerst die Daten (Daten kodieren…).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="347"/>
        <source>Draw the object on the date shown first: a click on it or a box around it (Segment tool).</source>
        <translation>Zeichnen Sie zuerst das Objekt am angezeigten Datum: ein Klick darauf oder ein Rechteck darum (Segmentieren-Werkzeug).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="354"/>
        <source>The map&apos;s CRS changed since the object was started: New object, then draw it again.</source>
        <translation>Das KBS der Karte hat sich seit Beginn des Objekts geändert: Neues Objekt, dann erneut zeichnen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="376"/>
        <source>Following was cancelled.</source>
        <translation>Das Verfolgen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="382"/>
        <source>The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.</source>
        <translation>Das Objekt an {0} von {1} Daten ({2}): verschieben Sie den Regler, um jedes zu sehen; eine Eingabe an einem anderen Datum korrigiert es dort; S speichert alle Daten.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following the object through {0} dates</source>
        <translation>Verfolge das Objekt durch {0} Daten</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following again from {0} correction(s)</source>
        <translation>Verfolge erneut ab {0} Korrektur(en)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="109"/>
        <source>Choose a raster layer in the Raster box (2. Source) first.</source>
        <translation>Wählen Sie zuerst einen Rasterlayer im Feld Raster (2. Quelle).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="134"/>
        <source>{0} is in the list already.</source>
        <translation>{0} ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="126"/>
        <source>{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.</source>
        <translation>{0} ist kein Raster, das QGIS lesen kann: wählen Sie ein GeoTIFF oder eine andere Rasterdatei.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="262"/>
        <source>Add a raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Fügen Sie eine Rasterdatei unter den Daten hinzu: Web-Layer werden über ihre Ausdehnung, auf ihrem Raster, abgerufen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).</source>
        <translation>{0} hat kein Datum im Namen: doppelklicken Sie sein Datum in der Liste und tippen Sie es ein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} is no longer in the project: add it again, or remove its row.</source>
        <translation>{0} ist nicht mehr im Projekt: fügen Sie es erneut hinzu, oder entfernen Sie seine Zeile.</translation>
    </message>
</context>
<context>
    <name>GeoSamAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Cannot write a polygon into {0}: {1}. Check the output&apos;s path, format and free disk space.</source>
        <translation>Ein Polygon kann nicht in {0} geschrieben werden: {1}. Prüfen Sie Pfad, Format und freien Speicherplatz der Ausgabe.</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="96"/>
        <source>GeoSAM</source>
        <translation>GeoSAM</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="104"/>
        <source>1. Model</source>
        <translation>1. Modell</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>Checkpoints (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="109"/>
        <source>For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded.</source>
        <translation>Für das Kodieren und den Live-Modus. Ein Merkmalsordner nennt seinen eigenen Checkpoint; er erscheint hier nach dem Laden.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="122"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="161"/>
        <source>Recently loaded feature folders</source>
        <translation>Zuletzt geladene Merkmalsordner</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="163"/>
        <source>Feature folder</source>
        <translation>Merkmalsordner</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Load folder</source>
        <translation>Ordner laden</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Zoom to</source>
        <translation>Zoomen auf</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Encode raster…</source>
        <translation>Raster kodieren…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>Das oben gewählte Raster als Hintergrundaufgabe in einen Merkmalsordner kodieren und diesen dann laden.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="176"/>
        <source>Segment raster live</source>
        <translation>Raster live segmentieren</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="177"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>Ohne Merkmalsordner: Der erste Klick in einem Gebiet kodiert dessen Kachel (Sekunden), weitere Klicks in der Nähe sind sofort da.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="203"/>
        <source>3. Prompts</source>
        <translation>3. Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>Linksklick: Objekt · Rechtsklick: Hintergrund · Ziehen: Rechteck · S: speichern · Strg+Z / Strg+Y · Esc: leeren</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="209"/>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="211"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="212"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="213"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="235"/>
        <source>4. Output</source>
        <translation>4. Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="240"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="242"/>
        <source>New scratch</source>
        <translation>Neuer temporärer Layer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="243"/>
        <source>New GeoPackage…</source>
        <translation>Neues GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="244"/>
        <source>New Shapefile…</source>
        <translation>Neues Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="245"/>
        <source>Save (S)</source>
        <translation>Speichern (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="246"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>In den Bearbeitungspuffer des Layers, wenn er im Bearbeitungsmodus ist (QGIS' Rückgängig nimmt es zurück), sonst direkt in seine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="255"/>
        <source>5. Options</source>
        <translation>5. Optionen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="276"/>
        <source>Largest polygon only</source>
        <translation>Nur das größte Polygon</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="291"/>
        <source>Result colour</source>
        <translation>Ergebnisfarbe</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="127"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="128"/>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="262"/>
        <source>Choose a feature folder first (or encode a raster into one).</source>
        <translation>Wählen Sie zuerst einen Merkmalsordner (oder kodieren Sie ein Raster in einen).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="312"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>Wählen Sie für den Live-Modus einen Rasterlayer (2. Quelle) und einen Checkpoint (1. Modell).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Es läuft bereits eine Kodierung: Warten Sie, bis sie fertig ist, oder brechen Sie sie in der Aufgabenverwaltung (unten rechts) ab.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="331"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>Wählen Sie zuerst im Feld Raster (2. Quelle) das zu kodierende Raster.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="337"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>Wählen Sie zuerst den SAM- / SAM-2-Checkpoint (1. Modell).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="584"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>Nichts geladen: Laden Sie einen Merkmalsordner, oder kodieren bzw. segmentieren Sie ein Raster live.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="38"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>Der Checkpoint, mit dem dieser Ordner kodiert wurde</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>New output layer</source>
        <translation>Neuer Ausgabelayer</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>Merkmalsordner für die Kodierung (leer oder neu, oder dieselbe Kodierung zum Fortsetzen)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="155"/>
        <source>2. Source</source>
        <translation>2. Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Show chips</source>
        <translation>Kacheln zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>Die Kachelumrisse auf der Karte zeichnen (im Live-Modus: die bisher kodierten Kacheln).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="278"/>
        <source>Min. area (units²)</source>
        <translation>Min. Fläche (Einheiten²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="279"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>Mindestfläche eines Polygons, in Quadrateinheiten des Ordner-KBS.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="280"/>
        <source>Simplify</source>
        <translation>Vereinfachen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="281"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>Vereinfachungstoleranz in Einheiten des Ordner-KBS (0: keine).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="111"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>Offizielle SAM- / SAM-2-Checkpoints (und die Ihres Katalogs): einen heruntergeladenen wählen oder herunterladen.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="114"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Automatic (GPU if any)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="127"/>
        <source>Where encoding and live mode run; the line at the top says which device is in use.</source>
        <translation>Wo Kodierung und Live-Modus laufen; die Zeile oben nennt das verwendete Gerät.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="129"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="185"/>
        <source>(a checkpoint file)</source>
        <translation>(eine Checkpoint-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>{0} (downloaded)</source>
        <translation>{0} (heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="190"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} MB)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="207"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="245"/>
        <source>Downloading {0}</source>
        <translation>Lade {0} herunter</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="223"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>Text (SAM-3-Ordner): Gebäude</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="224"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>Findet jedes Vorkommen eines Begriffs im geladenen SAM-3-Ordner; mit einem auf der Karte gezogenen Rechteck Objekte wie das umrahmte (der Text darf dann leer sein). Die Polygone kommen in einen neuen Layer.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Find all</source>
        <translation>Alle finden</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="287"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>Textprompts: die niedrigste behaltene Bewertung.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="288"/>
        <source>Text score threshold</source>
        <translation>Schwelle für Textbewertung</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="372"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) first.</source>
        <translation>Wählen Sie zuerst einen Raster-Layer (2. Quelle) und einen Checkpoint (1. Modell).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="182"/>
        <source>Encode from view…</source>
        <translation>Ab Ansicht kodieren…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="183"/>
        <source>Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue.</source>
        <translation>Kodiert das Raster im Hintergrund in einen Feature-Ordner, die Kacheln der Ansicht zuerst, und segmentiert sofort: ein Klick auf eine noch nicht fertige Kachel wird zuerst kodiert. Verschieben der Karte ordnet die Warteschlange neu.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="184"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>Pause the background encode (a click still encodes its chip); press again to resume.</source>
        <translation>Hält die Hintergrund-Kodierung an (ein Klick kodiert seine Kachel trotzdem); erneut drücken zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="363"/>
        <source>{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.</source>
        <translation>{0} ist keine Datei: Aus Ansicht kodieren… verwenden (die Ausdehnung der Ansicht in der Auflösung der Karte) oder Rasters kodieren in Processing mit Auflösung und Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="192"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source> chips</source>
        <translation> Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip).</source>
        <translation>Aus Ansicht kodieren…: höchstens so viele Kacheln im Hintergrund, die der Ansicht nächsten zuerst (ein Klick kodiert seine Kachel trotzdem).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="348"/>
        <source>Cannot encode into {0}: {1}</source>
        <translation>Kann nicht nach {0} kodieren: {1}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>Loading… (prompts made now are answered when it is ready)</source>
        <translation>Wird geladen… (Eingaben von jetzt werden beantwortet, sobald es bereit ist)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="71"/>
        <source>Cannot create the folder {0}: {1}. Choose a folder you can write to.</source>
        <translation>Der Ordner {0} kann nicht angelegt werden: {1}. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="558"/>
        <source>{0}: {1}%</source>
        <translation>{0}: {1} %</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Save {0} (S)</source>
        <translation>{0} speichern (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Keep each result</source>
        <translation>Jedes Ergebnis behalten</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result.</source>
        <translation>Ein: Ein Rechteck nach einem Ergebnis beginnt das nächste Objekt; die fertigen warten gestrichelt, bis S alle speichert. Esc verwirft das letzte. Aus: Ein neues Rechteck ersetzt das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>As traced</source>
        <translation>Wie erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="264"/>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="265"/>
        <source>Buildings: no overlaps</source>
        <translation>Gebäude: keine Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="266"/>
        <source>With the Buildings outline, a building saved is cut where it overlaps the output layer&apos;s features (or the others saved with it).</source>
        <translation>Mit dem Umriss Gebäude wird ein gespeichertes Gebäude dort abgeschnitten, wo es Objekte des Ausgabelayers (oder die mit ihm gespeicherten) überlappt.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="263"/>
        <source>The outline&apos;s shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer&apos;s buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask&apos;s pixel edges.</source>
        <translation>Die Form des Umrisses, in der Vorschau und in dem, was S speichert. Gebäude: gerade Wände im rechten Winkel (mit Gebäude: keine Überlappung an den Gebäuden des Layers abgeschnitten). Felder: gerade Kanten in jedem Winkel. Natürlich: glatt, gleiche Fläche. Wie erfasst: die Pixelkanten der Maske.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float32 (reference)</source>
        <translation>float32 (Referenz)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float16 (GPU)</source>
        <translation>float16 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="141"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="143"/>
        <source>Time one chip of this checkpoint&apos;s encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background).</source>
        <translation>Eine Kachel des Encoders dieses Checkpoints in jeder Genauigkeit auf diesem Rechner messen und bfloat16 und int8 auf Kacheln des Quell-Rasters gegen float32 prüfen (im Hintergrund).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="139"/>
        <source>What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster).</source>
        <translation>Womit „Raster kodieren…“ und der Live-Modus rechnen. float32 liefert die Features der Referenz-Prädiktoren. Auf einer CPU laufen bfloat16 und int8 in OpenVINO, geprüft von der Genauigkeitsprüfung von Messen auf Ihrem Checkpoint und Raster (Masken mit denen von float32 verglichen): bfloat16 wird ausgegraut, wo es nicht bestanden hat, int8 wird angeboten, sobald es bestanden hat (es wird auf diesem Raster kalibriert).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>A raster of the same place on another date</source>
        <translation>Ein Raster desselben Orts an einem anderen Datum</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.jp2 *.img *.vrt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="439"/>
        <source>Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory.</source>
        <translation>Wählen Sie zuerst den Checkpoint (1. Modell): einer von SAM 2 / 2.1 verfolgt mit seinem Gedächtnis.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s name</source>
        <translation>aus dem Dateinamen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s metadata ({0})</source>
        <translation>aus den Metadaten der Datei ({0})</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="296"/>
        <source>6. Dates</source>
        <translation>6. Daten</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="299"/>
        <source>One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date.</source>
        <translation>Ein Objekt durch die Daten: Raster hinzufügen, Daten kodieren…, das Objekt an einem Datum zeichnen, Verfolgen. Eine Eingabe an einem anderen Datum korrigiert es dort; S speichert alle Daten.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="307"/>
        <source>The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list&apos;s order.</source>
        <translation>Das Datum laut Datei (ihre Aufnahme-Metadaten, sonst ihr Name); Doppelklick, um ein anderes einzugeben (JJJJ-MM-TT). Keines: die Reihenfolge der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="310"/>
        <source>Add layer</source>
        <translation>Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="311"/>
        <source>Add the Raster box&apos;s layer (2. Source) as a date.</source>
        <translation>Den Layer im Feld Raster (2. Quelle) als Datum hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="312"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="313"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="314"/>
        <source>Encode dates…</source>
        <translation>Daten kodieren…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="315"/>
        <source>Each date into a feature folder of its own under a folder you choose, on the first date&apos;s grid (in the background; a date encoded before is not encoded again).</source>
        <translation>Jedes Datum in einen eigenen Merkmalsordner unter einem Ordner Ihrer Wahl, im Raster des ersten Datums (im Hintergrund; ein bereits kodiertes Datum wird nicht erneut kodiert).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="322"/>
        <source>The date shown: its raster, the object&apos;s outline there, and the folder the Segment tool answers from.</source>
        <translation>Das angezeigte Datum: sein Raster, der Umriss des Objekts dort und der Ordner, aus dem das Segmentieren-Werkzeug antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="328"/>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="329"/>
        <source>Follow the object drawn on the date shown through every date (SAM 2&apos;s memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there.</source>
        <translation>Das am angezeigten Datum gezeichnete Objekt durch alle Daten verfolgen (Gedächtnis von SAM 2; andere Modelle: dieselbe Eingabe an jedem Datum). An einem anderen als dem ersten Datum korrigiert die Eingabe das Objekt dort.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="330"/>
        <source>New object</source>
        <translation>Neues Objekt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>the list&apos;s order (no file has a date)</source>
        <translation>die Reihenfolge der Liste (keine Datei hat ein Datum)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Intel GPU (OpenVINO) {0}</source>
        <translation>Intel-GPU (OpenVINO) {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the layer&apos;s name</source>
        <translation>aus dem Namen des Layers</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="98"/>
        <source>GeoSAM segmentation dock</source>
        <translation>GeoSAM-Segmentierungsfenster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>Install dependencies…</source>
        <translation>Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Encode raster (Processing)…</source>
        <translation>Raster kodieren (Verarbeitung)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>Aus Eingabelayern segmentieren (Verarbeitung)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment everything (Processing)…</source>
        <translation>Alles segmentieren (Verarbeitung)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="149"/>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="165"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>Das GeoSAM-Fenster konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="190"/>
        <source>The installer could not start: {0}</source>
        <translation>Das Installationsprogramm konnte nicht starten: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>About GeoSAM and its documentation…</source>
        <translation>Über GeoSAM und seine Dokumentation…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Could not open a web browser: GeoSAM&apos;s documentation is at {0}</source>
        <translation>Es konnte kein Webbrowser geöffnet werden: Die Dokumentation von GeoSAM finden Sie unter {0}</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../ui/install_dialog.py" line="46"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="47"/>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="48"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="51"/>
        <source>torch build</source>
        <translation>torch-Variante</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="55"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>Offline: ein Ordner, der auf einem Rechner mit Internet mit 'python3 geo_sam_plugin/install/python_env.py bundle' erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="56"/>
        <source>From a folder of wheels (offline)</source>
        <translation>Aus einem Ordner mit Wheels (offline)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="188"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="136"/>
        <source>as given</source>
        <translation>wie vorgegeben</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="143"/>
        <source>Installing…</source>
        <translation>Installiere…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="30"/>
        <source>GeoSAM: the runtime</source>
        <translation>GeoSAM: die Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="112"/>
        <source>{0}
GeoSAM&apos;s engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS&apos;s Python into {1}; nothing QGIS itself uses is changed.
{2}</source>
        <translation>{0}
Die Engine von GeoSAM (torch, Segment Anything) läuft in einer eigenen Python-Umgebung, die aus dem Python von QGIS in {1} gebaut wird; nichts, was QGIS selbst verwendet, wird verändert.
{2}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="67"/>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="203"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="90"/>
        <source>Checking this machine's NVIDIA driver…</source>
        <translation>Der NVIDIA-Treiber dieses Rechners wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="37"/>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="68"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="69"/>
        <source>Install only what this GeoSAM version needs and the runtime lacks (the same torch build)</source>
        <translation>Nur installieren, was diese GeoSAM-Version braucht und der Laufzeitumgebung fehlt (derselbe torch-Build)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="105"/>
        <source> (built for GeoSAM {0})</source>
        <translation> (gebaut für GeoSAM {0})</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="106"/>
        <source>GeoSAM&apos;s runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.
Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).
{5}</source>
        <translation>Die Laufzeitumgebung von GeoSAM ist in {0}{1} installiert: {2}, {3} auf der Festplatte; ihr Python: {4}.
Aktualisieren installiert nur, was diese GeoSAM-Version braucht; Reparieren baut sie neu; Entfernen löscht sie (das Deinstallieren des Plugins nicht).
{5}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="133"/>
        <source>Repair installs: </source>
        <translation>Reparieren installiert: </translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="147"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Remove GeoSAM&apos;s runtime?</source>
        <translation>Die Laufzeitumgebung von GeoSAM entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Delete GeoSAM&apos;s runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? GeoSAM cannot encode or segment until it is installed again.</source>
        <translation>Die Laufzeitumgebung von GeoSAM in {0} ({1}) löschen, und das Python, aus dem sie gebaut wurde, falls GeoSAM es heruntergeladen hat? GeoSAM kann erst wieder kodieren und segmentieren, wenn sie neu installiert ist.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="185"/>
        <source> Also removed: {0}.</source>
        <translation> Ebenfalls entfernt: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="186"/>
        <source> Left in place: the models folder {0}.</source>
        <translation> Beibehalten: der Modellordner {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="187"/>
        <source>GeoSAM&apos;s runtime was removed from {0}.{1}{2}</source>
        <translation>Die Laufzeitumgebung von GeoSAM wurde aus {0} entfernt.{1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureTask</name>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="47"/>
        <source>float16 needs a CUDA GPU.</source>
        <translation>float16 braucht eine CUDA-GPU.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="49"/>
        <source>int8 runs on the CPU only.</source>
        <translation>int8 läuft nur auf der CPU.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="51"/>
        <source>Measure with a raster in Source first: int8 is calibrated on it and checked against float32.</source>
        <translation>Zuerst mit einem Raster unter Quelle messen: int8 wird darauf kalibriert und gegen float32 geprüft.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="57"/>
        <source>Failed the accuracy gate: {0}</source>
        <translation>Genauigkeitsprüfung nicht bestanden: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="44"/>
        <source>An Intel GPU computes in float32, float16 or int8.</source>
        <translation>Eine Intel-GPU rechnet in float32, float16 oder int8.</translation>
    </message>
</context>
<context>
    <name>OutputLayers</name>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="41"/>
        <source>QGIS could not add the layer {0}: {1}.</source>
        <translation>QGIS konnte den Layer {0} nicht hinzufügen: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="60"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>{0} kann nicht erstellt werden: {1}. Wählen Sie eine andere Datei oder einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="80"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>Nichts zu speichern: Klicken Sie zuerst auf ein Objekt.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="84"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>Wählen (oder erstellen) Sie vor dem Speichern einen Polygon-Ausgabelayer.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="87"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} ist kein Polygonlayer: Wählen Sie einen anderen Ausgabelayer.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="132"/>
        <source>Could not transform a polygon into {0}&apos;s CRS ({1}): nothing was saved.</source>
        <translation>Ein Polygon konnte nicht in das KBS von {0} ({1}) transformiert werden: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="104"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0} (in seinen Bearbeitungspuffer: Änderungen des Layers wie gewohnt speichern oder verwerfen)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>Speichern in {0} nicht möglich: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>the layer is read-only</source>
        <translation>der Layer ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="114"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>{0} Polygon(e) in {1} gespeichert.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="119"/>
        <source>The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).</source>
        <translation>Der Layer hat keine Felder {0}: Diese Werte wurden nicht gespeichert (ein neuer Layer aus dem Dock hat sie).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="78"/>
        <source>Nothing to save: drag a box around an object first.</source>
        <translation>Nichts zu speichern: ziehen Sie zuerst einen Rahmen um ein Objekt.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="94"/>
        <source>Nothing new to save: the outline lies within {0}&apos;s existing features.</source>
        <translation>Nichts Neues zu speichern: Der Umriss liegt innerhalb vorhandener Objekte von {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="116"/>
        <source>{0} lay within existing features and were not saved.</source>
        <translation>{0} lagen innerhalb vorhandener Objekte und wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Prompting</name>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="101"/>
        <source>Load a feature folder first.</source>
        <translation>Laden Sie zuerst einen Merkmalsordner.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="178"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>Segmentiere (der erste Klick in einem Gebiet kodiert dessen Kachel)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="206"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>An dieser Stelle nichts gefunden: keine Maske hat bestanden (versuchen Sie einen anderen Punkt oder ein Rechteck).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="213"/>
        <source>Encoding this area… (click to encode it first)</source>
        <translation>Dieser Bereich wird kodiert… (klicken, um ihn zuerst zu kodieren)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="72"/>
        <source>{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).</source>
        <translation>{0} ungespeicherte(s) Ergebnis(se) verworfen: Ein anderer Ordner oder ein anderes Karten-KBS beginnt neu (vor dem Wechsel speichern).</translation>
    </message>
</context>
<context>
    <name>RegularizeAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="35"/>
        <source>Regularize outlines</source>
        <translation>Umrisse regularisieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="38"/>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="44"/>
        <source>Makes traced outlines (a mask&apos;s pixel staircase, from GeoSAM or any tool) usable as they come.

Buildings: straight walls at right angles (or at 45 degrees), fitted to the traced outline so the footprint is kept; notches smaller than Smallest notch are merged; buildings closer than Neighbour gap at about the same angle keep one shared wall, with no overlap and no gap. Fields: straight edges at any angle, the area kept. Natural: smooth, the area kept (lakes, forests, landslides). Holes smaller than Fill holes are filled.

Tolerance, Smallest notch and Neighbour gap are in the layer&apos;s CRS units (metres for a geographic CRS; 0 = twice the tolerance); about 1.5 times the imagery&apos;s pixel size suits a traced mask. Every field is kept.</source>
        <translation>Macht erfasste Umrisse (die Pixeltreppe einer Maske, aus GeoSAM oder einem anderen Werkzeug) direkt brauchbar.

Gebäude: gerade Wände im rechten Winkel (oder in 45 Grad), an den erfassten Umriss angepasst, sodass die Grundfläche bleibt; Versätze kleiner als der kleinste Versatz werden zusammengefasst; Gebäude, die näher als der Abstand zum Nachbarn und etwa im gleichen Winkel liegen, behalten eine gemeinsame Wand, ohne Überlappung und ohne Lücke. Felder: gerade Kanten in jedem Winkel, die Fläche bleibt. Natürlich: glatt, die Fläche bleibt (Seen, Wälder, Rutschungen). Löcher kleiner als die Füllfläche werden gefüllt.

Toleranz, kleinster Versatz und Abstand zum Nachbarn sind in den Einheiten des Layer-KBS (Meter bei einem geografischen KBS; 0 = die doppelte Toleranz); etwa das 1,5-Fache der Pixelgröße des Bildes passt zu einer erfassten Maske. Alle Felder bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="59"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="61"/>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>Building angles</source>
        <translation>Gebäudewinkel</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>90 degrees</source>
        <translation>90 Grad</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>45 degrees</source>
        <translation>45 Grad</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="63"/>
        <source>Smallest notch (0 = auto)</source>
        <translation>Kleinster Versatz (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="64"/>
        <source>Neighbour gap (0 = auto)</source>
        <translation>Abstand zum Nachbarn (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="65"/>
        <source>Fill holes under (area)</source>
        <translation>Löcher füllen unter (Fläche)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="66"/>
        <source>Regularized</source>
        <translation>Regularisiert</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="73"/>
        <source>Choose a polygon layer to regularize.</source>
        <translation>Wählen Sie einen zu regularisierenden Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="76"/>
        <source>Give a tolerance above 0 (about 1.5 times the imagery&apos;s pixel size).</source>
        <translation>Geben Sie eine Toleranz über 0 an (etwa das 1,5-Fache der Pixelgröße des Bildes).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="88"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Der Ausgabelayer kann nicht erstellt werden: Prüfen Sie Pfad und Format.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="111"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>In {0} kann nicht geschrieben werden: Prüfen Sie Pfad, Format und freien Speicherplatz der Ausgabe.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="114"/>
        <source>{0} outlines regularized ({1}).</source>
        <translation>{0} Umrisse regularisiert ({1}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="52"/>
        <source>Fill holes is an area in the layer&apos;s units (square metres for a geographic CRS). Z and M values are dropped and curves made straight. Outlines are sent to GeoSAM&apos;s engine 5,000 at a time, west to east: neighbours share walls within those. GeoSAM&apos;s own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out.</source>
        <translation>Löcher füllen ist eine Fläche in den Einheiten des Layers (Quadratmeter bei einem geografischen KBS). Z- und M-Werte entfallen, Kurven werden gerade. Die Umrisse gehen zu je 5.000 von West nach Ost an die Engine von GeoSAM: Nachbarn teilen Wände innerhalb dieser. GeoSAMs eigene Felder (area_m2, perimeter_m, style) werden für die neuen Umrisse gesetzt; Objekte ohne Geometrie bleiben weg.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="106"/>
        <source>GeoSAM: object through dates</source>
        <translation>GeoSAM: Objekt durch die Daten</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="229"/>
        <source>Segment everything</source>
        <translation>Alles segmentieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="239"/>
        <source>Feature folder</source>
        <translation>Merkmalsordner</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="240"/>
        <source>Extent (default: every chip)</source>
        <translation>Ausdehnung (Standard: alle Kacheln)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="241"/>
        <source>Points per chip side</source>
        <translation>Punkte je Kachelseite</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="242"/>
        <source>Predicted IoU threshold</source>
        <translation>Schwelle der vorhergesagten IoU</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="243"/>
        <source>Stability score threshold</source>
        <translation>Schwelle der Stabilität</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="247"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="232"/>
        <source>Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each giving SAM&apos;s three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one.</source>
        <translation>Automatische Masken über jede Kachel eines Feature-Ordners (oder einer Ausdehnung): ein Raster von Punkt-Eingaben pro Kachel, jede liefert die drei Masken von SAM, die behalten werden, wenn der vorhergesagte IoU und der Stabilitätswert ihre Schwellen erreichen. Polygone, die dort doppelt gefunden werden, wo sich Kacheln überlappen (oder durch benachbarte Punkte), werden über den IoU entfernt; das am besten bewertete bleibt.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="267"/>
        <source>{0} polygons.</source>
        <translation>{0} Polygone.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="269"/>
        <source>, area &gt;= {0:g}</source>
        <translation>, Fläche &gt;= {0:g}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="270"/>
        <source>0 polygons: no mask passed the thresholds (predicted IoU &gt;= {0:g}, stability &gt;= {1:g}{2}). Lower them, or add points per chip side.</source>
        <translation>0 Polygone: keine Maske hat die Schwellen erreicht (vorhergesagter IoU &gt;= {0:g}, Stabilität &gt;= {1:g}{2}). Senken Sie sie, oder nehmen Sie mehr Punkte pro Kachelseite.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="244"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Min. Polygonfläche (KBS-Einheiten²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="246"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (Standard: der des Ordners)</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="124"/>
        <source>Segment from prompt layers</source>
        <translation>Aus Eingabelayern segmentieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="140"/>
        <source>Feature folder</source>
        <translation>Merkmalsordner</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="141"/>
        <source>Point prompts</source>
        <translation>Punkteingaben</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="142"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>Labelfeld (1 Vordergrund, 0 Hintergrund)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="143"/>
        <source>Group field (one object per group)</source>
        <translation>Gruppenfeld (ein Objekt je Gruppe)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="144"/>
        <source>Box prompts</source>
        <translation>Rechteckeingaben</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="150"/>
        <source>Segmented polygons</source>
        <translation>Segmentierte Polygone</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.</source>
        <translation>{0} Eingabe-Objekt(e) mit nur Hintergrundpunkten (Label 0) und ohne Rechteck übersprungen: ein Hintergrundpunkt verfeinert nur ein Objekt.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="218"/>
        <source>{0} polygons from {1} prompt objects.</source>
        <translation>{0} Polygone aus {1} Eingabe-Objekten.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="145"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Min. Polygonfläche (KBS-Einheiten²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="146"/>
        <source>Largest polygon of each object only</source>
        <translation>Nur das größte Polygon je Objekt</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="147"/>
        <source>Simplify (CRS units, 0 = none)</source>
        <translation>Vereinfachen (KBS-Einheiten, 0 = keine)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="149"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (Standard: der des Ordners)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="127"/>
        <source>Turns point and box prompts into polygons with a feature folder made by &apos;Encode raster&apos;. Only SAM&apos;s light decoder runs.

Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon&apos;s bounding box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. Min. polygon area and Simplify are in the folder&apos;s CRS units.

Outline: As traced (the mask&apos;s pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural (smooth, the same area), as in the dock. Buildings segmented one by one share walls when &apos;Regularize outlines&apos; runs on them together.</source>
        <translation>Macht aus Punkt- und Rechteck-Eingaben Polygone, mit einem von 'Raster kodieren' erstellten Merkmalsordner. Nur der leichte Decoder von SAM läuft.

Punkte: Beschriftungsfeld 1 = Vordergrund, 0 = Hintergrund (fehlendes Feld: alles Vordergrund). Ohne Gruppenfeld ist jeder Punkt ein eigenes Objekt; mit einem bilden die Punkte (und Rechtecke) mit gleichem Gruppenwert ein Objekt. Rechtecke: Das umschließende Rechteck jedes Polygons ist ein Objekt, zusammen mit den Punkten seiner Gruppe. Eingabelayer dürfen in jedem KBS sein. Objekte, die größer als eine Kachel sind, werden in die Nachbarkacheln verfolgt und zusammengeführt. Ausgabe: ein Objekt je Polygon mit score (vorhergesagte IoU), area_m2 und perimeter_m (wahr, auf dem Ellipsoid), Punktanzahlen, verwendetem Rechteck, Eingabeart, Umriss, Kacheln, Modell, Checkpoint, Quelle und Zeit. Min. Polygonfläche und Vereinfachen sind in den KBS-Einheiten des Ordners.

Umriss: Wie erfasst (die Pixelkanten der Maske), Gebäude (gerade Wände im rechten Winkel), Felder (gerade Kanten) oder Natürlich (glatt, gleiche Fläche), wie im Dock. Einzeln segmentierte Gebäude teilen Wände, wenn 'Umrisse regularisieren' auf allen zusammen läuft.</translation>
    </message>
</context>
<context>
    <name>SegmentTextAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="282"/>
        <source>Segment by text (SAM 3)</source>
        <translation>Nach Text segmentieren (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="295"/>
        <source>Feature folder (SAM 3)</source>
        <translation>Merkmalsordner (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="296"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>Textprompt (eine kurze Nominalphrase)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="305"/>
        <source>Score threshold</source>
        <translation>Bewertungsschwelle</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="306"/>
        <source>Extent (default: every chip)</source>
        <translation>Ausdehnung (Standard: alle Kacheln)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="310"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="285"/>
        <source>Finds every instance of a concept (&apos;building&apos;, &apos;field&apos;, &apos;lake&apos;) in a feature folder encoded with SAM 3 (sam3.pt), or in the chips touching an extent. SAM 3&apos;s grounding runs on each chip&apos;s cached features; detections scoring at least the threshold become polygons with &apos;concept&apos; and &apos;score&apos; attributes, and the same object found on overlapping chips is kept once (the best-scored). No match gives an empty layer and a message. SAM and SAM 2 folders do not read text.

Example boxes (&apos;more like this one&apos;): polygons drawn around one or a few examples, all within one chip; the text may then be empty. A label field with 0 marks an example of what not to find.</source>
        <translation>Findet jedes Vorkommen eines Begriffs („building“, „field“, „lake“) in einem mit SAM 3 (sam3.pt) kodierten Feature-Ordner oder in den Kacheln, die eine Ausdehnung berühren. Das Grounding von SAM 3 läuft auf den gespeicherten Features jeder Kachel; Treffer mit mindestens dem Schwellenwert werden Polygone mit den Attributen „concept“ und „score“, und dasselbe Objekt aus überlappenden Kacheln bleibt nur einmal (das am besten bewertete). Kein Treffer ergibt einen leeren Layer und eine Meldung. SAM- und SAM 2-Ordner lesen keinen Text.

Beispiel-Rechtecke („mehr wie dieses“): Polygone um ein oder wenige Beispiele, alle in einer Kachel; der Text darf dann leer sein. Ein Label-Feld mit 0 markiert ein Beispiel dessen, was nicht gefunden werden soll.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="342"/>
        <source>{0} &apos;{1}&apos; polygons.</source>
        <translation>{0} Polygone „{1}“.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="344"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.</source>
        <translation>Kein „{0}“ mit einem Score von {1:g} oder mehr gefunden: der Layer ist leer. Senken Sie den Schwellenwert, um schwächere Treffer zu sehen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="307"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Min. Polygonfläche (KBS-Einheiten²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="309"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (Standard: der des Ordners)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="297"/>
        <source>Example boxes: objects like these</source>
        <translation>Beispielrechtecke: Objekte wie diese</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="300"/>
        <source>Example label (1 like, 0 not like)</source>
        <translation>Beispielwert (1 ähnlich, 0 nicht)</translation>
    </message>
</context>
<context>
    <name>ViewSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="72"/>
        <source>Could not open {0}: {1}</source>
        <translation>Konnte {0} nicht öffnen: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="167"/>
        <source>Starting the encode of {0}: loading the model</source>
        <translation>Starte die Kodierung von {0}: lade das Modell</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="165"/>
        <source>Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).</source>
        <translation>{0} wird in {1} kodiert, die Kacheln der Ansicht zuerst: klicken Sie sofort (ein Klick anderswo wird zuerst kodiert).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="221"/>
        <source>Encoding stopped: {0}</source>
        <translation>Kodierung angehalten: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="223"/>
        <source>Encoded: {0} is complete ({1} chips).</source>
        <translation>Kodiert: {0} ist vollständig ({1} Kacheln).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="246"/>
        <source>Paused: {0} of {1} chips ready (a click still encodes its chip)</source>
        <translation>Pausiert: {0} von {1} Kacheln fertig (ein Klick kodiert seine Kachel trotzdem)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="248"/>
        <source>Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)</source>
        <translation>Grenze erreicht: {0} von {1} Kacheln fertig (ein Klick kodiert seine Kachel trotzdem; Grenze erhöhen, um fortzufahren)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="250"/>
        <source>Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left</source>
        <translation>Kodierung ab Ansicht: {0} von {1} Kacheln, {2:.2f} Kacheln/s, noch etwa {3:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="252"/>
        <source>Encoding from the view: {0} of {1} chips</source>
        <translation>Kodierung ab Ansicht: {0} von {1} Kacheln</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="129"/>
        <source>The map is zoomed in further than the layer&apos;s deepest zoom: its own pixels are encoded, not finer ones.</source>
        <translation>Die Karte ist weiter vergrößert als die tiefste Zoomstufe des Layers: dessen eigene Pixel werden kodiert, keine feineren.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="125"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once.</source>
        <translation>{0}: {1} x {2} px bei {3} pro Pixel, {4} Kacheln zu {5} px (etwa {6}), über QGIS abgerufen, während kodiert wird, die Ansicht zuerst; klicken Sie sofort.</translation>
    </message>
</context>
<context>
    <name>WebLayerFetch</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>{0}&apos;s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. Set Pixel size to 0 for the layer&apos;s own.</source>
        <translation>Die tiefste Zoomstufe von {0} hat {1:.3g} {3} pro Pixel: bei {2:.3g} {3} werden ihre Kacheln hochgerechnet, mehr Kacheln zu kodieren, kein Detail gewonnen. Pixelgröße 0 nimmt die des Layers.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.</source>
        <translation>{0}: {1} x {2} px bei {3} pro Pixel, {4} Kacheln zu {5} px, etwa {6} herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Fetching {0}: tile {1} of {2}</source>
        <translation>{0} wird abgerufen: Kachel {1} von {2}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="86"/>
        <source>{0} tiles fetched from {1} into {2}.</source>
        <translation>{0} Kacheln von {1} nach {2} abgerufen.</translation>
    </message>
</context>
<context>
    <name>_SegmentAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="73"/>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>As traced</source>
        <translation>Wie erfasst</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
</context>
</TS>
