<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackgroundTasks</name>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="48"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Ya hay una codificación en curso: espere a que termine o cancélela en el administrador de tareas (abajo a la derecha).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="55"/>
        <source>Encoded: {0}.</source>
        <translation>Codificado: {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="63"/>
        <source>Encoding {0}</source>
        <translation>Codificando {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="66"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>Codificando {0}: cargando el modelo y leyendo la primera tesela</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="67"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>Codificando {0} en {1} en segundo plano (administrador de tareas, abajo a la derecha: progreso y cancelar).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="78"/>
        <source>Choose a checkpoint first: Measure times its image encoder on this machine.</source>
        <translation>Elija primero un checkpoint: Medir cronometra su codificador de imagen en esta máquina.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="81"/>
        <source>Measuring is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Ya hay una medición en curso: espere o cancélela en el administrador de tareas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="88"/>
        <source>Measured: {0}</source>
        <translation>Medido: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="113"/>
        <source>Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all.</source>
        <translation>Las indicaciones de texto buscan en una carpeta de características terminada: cuando «Codificar desde la vista…» haya terminado, cargue su carpeta y luego «Buscar todos».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="116"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>Cargue primero una carpeta de características codificada con SAM 3: las indicaciones de texto buscan en características guardadas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="119"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Ya hay una búsqueda de texto en curso: espere o cancélela en el administrador de tareas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="161"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>Encontrados {0} '{1}' en {2}: capa '{3}'.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="163"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>No se encontró '{0}' con una puntuación de {1:g} o más: la capa '{2}' está vacía. Baje el umbral para ver coincidencias más débiles.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="172"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>Buscando '{0}'</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="175"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>Buscando '{0}': cargando SAM 3</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="184"/>
        <source>QGIS refused the layer</source>
        <translation>QGIS rechazó la capa</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="185"/>
        <source>Could not add the polygons found for &apos;{0}&apos; to the project: {1}.</source>
        <translation>No se pudieron añadir al proyecto los polígonos encontrados para «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="208"/>
        <source>Not measured: {0}</source>
        <translation>No medido: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="97"/>
        <source>Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)</source>
        <translation>Midiendo el codificador en cada precisión y comprobándolo en teselas de {0} (la primera vez se convierte para OpenVINO: un minuto o más)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="99"/>
        <source>Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)</source>
        <translation>Midiendo el codificador: una tesela en cada precisión (elija un ráster en Origen para comprobar también la exactitud)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="204"/>
        <source>Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.</source>
        <translation>Aún sin medir: Medir cronometra una tesela en cada precisión y, con un ráster en Origen, compara bfloat16 e int8 con float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="209"/>
        <source>{0} on {1}: float32 {2:.2f} s a chip</source>
        <translation>{0} en {1}: float32 {2:.2f} s por tesela</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="213"/>
        <source>{0} {1:.2f} s ({2:.2f}x as fast, {3})</source>
        <translation>{0} {1:.2f} s ({2:.2f}x más rápido, {3})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>passed the accuracy gate</source>
        <translation>superó la prueba de exactitud</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>failed the accuracy gate</source>
        <translation>no superó la prueba de exactitud</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="218"/>
        <source>, {0} (IoU median {1:.3f}, worst {2:.3f})</source>
        <translation>, {0} (IoU mediana {1:.3f}, peor {2:.3f})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="223"/>
        <source>{0} cannot run here ({1})</source>
        <translation>{0} no puede ejecutarse aquí ({1})</translation>
    </message>
</context>
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="97"/>
        <source>Encode raster (SAM image features)</source>
        <translation>Codificar ráster (características de imagen SAM)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="100"/>
        <source>Encode</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="129"/>
        <source>Input raster</source>
        <translation>Ráster de entrada</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="130"/>
        <source>Bands (up to 3, in order)</source>
        <translation>Bandas (hasta 3, en orden)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="138"/>
        <source>Model family</source>
        <translation>Familia de modelo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="139"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="140"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="141"/>
        <source>Compute precision</source>
        <translation>Precisión de cálculo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="142"/>
        <source>Stored feature precision</source>
        <translation>Precisión de las características guardadas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="146"/>
        <source>Feature folder</source>
        <translation>Carpeta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="147"/>
        <source>Chips in the folder</source>
        <translation>Teselas en la carpeta</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="148"/>
        <source>Chips skipped as nodata</source>
        <translation>Teselas omitidas por no tener datos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="199"/>
        <source>Device: {0}</source>
        <translation>Dispositivo: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="206"/>
        <source>{0}/{1} chips, {2:.2f} chips/s</source>
        <translation>{0}/{1} teselas, {2:.2f} teselas/s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="208"/>
        <source>{0}, about {1:.0f} s left</source>
        <translation>{0}, faltan unos {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="214"/>
        <source>{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.</source>
        <translation>{0} teselas en {1} ({2} teselas sin datos omitidas), codificadas por el clúster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="216"/>
        <source>{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.</source>
        <translation>{0} teselas en {1} ({2} reutilizadas, {3} teselas sin datos omitidas) en {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="175"/>
        <source>{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).</source>
        <translation>{0} lo dibuja QGIS: deje Bandas vacío (se codifica el RGB que dibuja QGIS).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="131"/>
        <source>Extent (default: whole raster)</source>
        <translation>Extensión (por defecto: todo el ráster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="132"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>SRC (por defecto: el del ráster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="133"/>
        <source>Pixel size (0 = native)</source>
        <translation>Tamaño de píxel (0 = nativo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="134"/>
        <source>Value range min,max (empty: automatic)</source>
        <translation>Rango de valores min,max (vacío: automático)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="135"/>
        <source>Chip size, px (0 = the model&apos;s)</source>
        <translation>Tamaño de tesela, px (0 = el del modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="136"/>
        <source>Stride, px (0 = half a chip)</source>
        <translation>Paso, px (0 = media tesela)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="137"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (archivo o nombre del modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="143"/>
        <source>Dask scheduler address (optional)</source>
        <translation>Dirección del planificador Dask (opcional)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="106"/>
        <source>Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder then runs only the light decoder.

Bands: up to 3, any order (one band is copied to three). Value range: &apos;min,max&apos; scaled to 0..255; empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, one range for every chip). Chip size 0 = the model&apos;s native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. Compute precision: float32 gives the reference predictors&apos; features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock&apos;s Measure (or python -m encoder measure --raster) found its masks close enough to float32&apos;s on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), or a downloaded model&apos;s name; without a GPU, mobile_sam encodes about six times faster than ViT-B.

Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer&apos;s deepest zoom; a finer one is done, with a warning) over Extent, into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. An interrupted fetch resumes.

The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 for four workers on this machine, encodes on a cluster.</source>
        <translation>Ejecuta el codificador de imagen de Segment Anything (SAM, SAM 2, SAM 3 o MobileSAM) sobre un ráster georreferenciado, tesela a tesela, y escribe una carpeta de características (manifest.parquet + features/chip_NNNNNN.pt). Segmentar desde esa carpeta ejecuta después solo el decodificador ligero.

Bandas: hasta 3, en cualquier orden (una banda sola se copia tres veces). Rango de valores: «min,max» escalado a 0..255; vacío = automático (8 bits pasa tal cual, los demás tipos usan los percentiles 2–98 de todo el ráster, un solo rango para todas las teselas). Tamaño de tesela 0 = el tamaño nativo del modelo (1024 px; 1008 para SAM 3, 256 para LiteMedSAM); paso 0 = media tesela. Volver a ejecutar con los mismos ajustes reanuda una codificación interrumpida; otros ajustes en una carpeta ya usada se rechazan. Precisión de cálculo: float32 da las características de los predictores de referencia; bfloat16 funciona en GPU y, en OpenVINO, en CPU con AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids y posteriores, AMD Zen 4 y posteriores; véase docs/performance.md) y es lento en otras CPU; float16 necesita una GPU; int8 funciona en una CPU en OpenVINO, cuando Medir del panel (o python -m encoder measure --raster) encontró sus máscaras lo bastante cercanas a las de float32 con su checkpoint y sus imágenes. En una CPU se rechaza una precisión que no superó esa prueba de exactitud. El checkpoint es un archivo SAM, SAM 2, SAM 3 o MobileSAM (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...) o el nombre de un modelo descargado; sin GPU, mobile_sam codifica unas seis veces más rápido que ViT-B.

Las capas web (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) se obtienen a través de QGIS, con su configuración de proxy y autenticación, al tamaño de píxel indicado (0 = el más fino que sirve la capa: el zoom más profundo de una capa XYZ / WMTS; uno más fino se hace, con un aviso) sobre la extensión, en la carpeta de características; antes se indican el número de teselas y el tamaño de la descarga, y se rechazan las solicitudes de más de 4000 teselas. Una descarga interrumpida se reanuda.

El checkpoint es primero el último elegido en el panel de GeoSAM. Dirección del planificador Dask (avanzado): tcp://host:8786, o local:4 para cuatro workers en esta máquina, codifica en un clúster.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="58"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>Cargado {0}: {1} tesela(s), modelo {2}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="60"/>
        <source>Loading {0}: the model and its decoder</source>
        <translation>Cargando {0}: el modelo y su decodificador</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="69"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>Modo en vivo sobre {0}: el primer clic en una zona codifica su tesela ({1}, unos segundos); los clics siguientes cercanos son inmediatos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="74"/>
        <source>Loading {0} for live mode</source>
        <translation>Cargando {0} para el modo en vivo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="109"/>
        <source>Could not open {0}: {1}</source>
        <translation>No se pudo abrir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · teselas de {4} px · en vivo sobre {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · teselas de {4} px · carpeta {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="158"/>
        <source> · LiteMedSAM: drag a box around each object (a click alone gives a small speck)</source>
        <translation> · LiteMedSAM: dibuje un rectángulo alrededor de cada objeto (un clic solo da una pequeña mancha)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="167"/>
        <source>CPU, {0} threads</source>
        <translation>CPU, {0} hilos</translation>
    </message>
</context>
<context>
    <name>ExportTrainingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="39"/>
        <source>Export training data</source>
        <translation>Exportar datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="42"/>
        <source>Encode</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="48"/>
        <source>Cuts a raster into image chips that hold the polygons&apos; objects, and writes their labels the way trainers read them: GeoTIFF chips (georeferenced) and PNG or JPEG copies, COCO instances (annotations/instances_train.json and _val.json; objects with holes as RLE), YOLO segmentation labels with a data.yaml, and per-chip masks (class ids and object ids). Classes come from the class field (empty: one class, &apos;object&apos;).

Objects cut by a chip&apos;s edge are clipped to it, or skipped; objects under the minimum area (pixels) are left out. Chips go to validation with the given share, drawn with the seed (the same run gives the same split). A web layer (XYZ, WMS, ...) is fetched through QGIS over the polygons&apos; extent at its finest resolution, as Encode raster does. The output folder must be new or empty; nothing is left half-written.</source>
        <translation>Corta un ráster en teselas de imagen que contienen los objetos de los polígonos y escribe sus etiquetas como las leen los entrenadores: teselas GeoTIFF (georreferenciadas) y copias PNG o JPEG, instancias COCO (annotations/instances_train.json y _val.json; objetos con huecos como RLE), etiquetas de segmentación YOLO con un data.yaml y máscaras por tesela (identificadores de clase y de objeto). Las clases vienen del campo de clase (vacío: una clase, 'object').

Los objetos cortados por un borde de tesela se recortan u omiten; los objetos por debajo del área mínima (píxeles) se dejan fuera. Las teselas van a validación con la proporción dada, sorteadas con la semilla (la misma ejecución da la misma división). Una capa web (XYZ, WMS, ...) se obtiene a través de QGIS sobre la extensión de los polígonos a su resolución más fina, como en Codificar ráster. La carpeta de salida debe ser nueva o estar vacía; nada queda escrito a medias.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="60"/>
        <source>Raster</source>
        <translation>Ráster</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="61"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="62"/>
        <source>Class field</source>
        <translation>Campo de clase</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="63"/>
        <source>Chip size, px</source>
        <translation>Tamaño de tesela, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="64"/>
        <source>Overlap, px</source>
        <translation>Solape, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="65"/>
        <source>Min. object area, px</source>
        <translation>Área mín. del objeto, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Objects cut by a chip edge</source>
        <translation>Objetos cortados por un borde de tesela</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="67"/>
        <source>Validation share</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="68"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="69"/>
        <source>Image format</source>
        <translation>Formato de imagen</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="70"/>
        <source>Training data folder</source>
        <translation>Carpeta de datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="79"/>
        <source>Choose a raster layer and a polygon layer.</source>
        <translation>Elija una capa ráster y una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="99"/>
        <source>{0} has no polygons: give a layer with features over the raster.</source>
        <translation>{0} no tiene polígonos: indique una capa con entidades sobre el ráster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="120"/>
        <source>{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.</source>
        <translation>{0} teselas de entrenamiento y {1} de validación, {2} objetos, clases: {3}; en {4}.</translation>
    </message>
</context>
<context>
    <name>FollowDatesAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="42"/>
        <source>Follow objects through dates</source>
        <translation>Seguir objetos a través de fechas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="45"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="51"/>
        <source>Rasters of one place on several dates (a shoreline year by year, a field through a season, before and after a storm) and prompts on one of them: each object&apos;s outline on every date, one feature per object and date, with its date, true area (area_m2) and the change from the previous date (change_m2).

Each raster is encoded once into a feature folder of its own under Feature folders, on the first date&apos;s grid (a later run with the same folders reuses them). With a SAM 2 / 2.1 checkpoint, SAM 2&apos;s memory carries each object from date to date, forwards and backwards from the prompted date: it may move, change shape or vanish (found = 0, no geometry). Other models decode the same prompt on every date (method = same prompt).</source>
        <translation>Ráster de un lugar en varias fechas (una costa año tras año, un campo durante una temporada, antes y después de una tormenta) e indicaciones en una de ellas: el contorno de cada objeto en cada fecha, una entidad por objeto y fecha, con su fecha, su área real (area_m2) y el cambio respecto a la fecha anterior (change_m2).

Cada ráster se codifica una vez en una carpeta de características propia bajo Carpetas de características, en la malla de la primera fecha (una ejecución posterior con las mismas carpetas las reutiliza). Con un checkpoint SAM 2 / 2.1, la memoria de SAM 2 lleva cada objeto de fecha en fecha, hacia delante y hacia atrás desde la fecha indicada: puede moverse, cambiar de forma o desaparecer (found = 0, sin geometría). Los demás modelos decodifican la misma indicación en cada fecha (method = same prompt).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="69"/>
        <source>Rasters (one per date)</source>
        <translation>Ráster (uno por fecha)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="70"/>
        <source>Dates (comma-separated; empty: from the files)</source>
        <translation>Fechas (separadas por comas; vacío: de los archivos)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="71"/>
        <source>Prompts (points, or polygons as boxes)</source>
        <translation>Indicaciones (puntos, o polígonos como recuadros)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="73"/>
        <source>Object field</source>
        <translation>Campo de objeto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="74"/>
        <source>Date field (the date a prompt is on)</source>
        <translation>Campo de fecha (la fecha de la indicación)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="75"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (archivo o nombre del modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="76"/>
        <source>Feature folders (one per date)</source>
        <translation>Carpetas de características (una por fecha)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="77"/>
        <source>Objects through dates</source>
        <translation>Objetos a través de fechas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="87"/>
        <source>Give at least two rasters, one per date.</source>
        <translation>Indique al menos dos ráster, uno por fecha.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="90"/>
        <source>Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory).</source>
        <translation>Elija un checkpoint (un archivo SAM 2 / 2.1 sigue con su memoria).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="99"/>
        <source>Choose a prompt layer (points or polygons).</source>
        <translation>Elija una capa de indicaciones (puntos o polígonos).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="102"/>
        <source>The prompt layer has no features with a geometry: add a point or a box on one date.</source>
        <translation>La capa de indicaciones no tiene entidades con geometría: añada un punto o un recuadro en una fecha.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="110"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>No se puede crear la capa de salida: compruebe su ruta y su formato.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="116"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>No se puede escribir en {0}: compruebe la ruta, el formato y el espacio libre de la salida.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="118"/>
        <source>{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).</source>
        <translation>{0} objeto(s) a través de {1} fecha(s): {2} contorno(s), {3} fecha(s) en que no se encontró un objeto ({4}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="133"/>
        <source>No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.</source>
        <translation>No se encontró fecha para {0} (ninguna en sus metadatos ni en su nombre): indique las fechas, una por ráster, en Fechas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="149"/>
        <source>Give at least one raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Incluya al menos un archivo ráster entre las fechas: las capas web se descargan sobre su extensión, en su rejilla.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="155"/>
        <source>{0} is a web layer: fetching it over {1}&apos;s extent.</source>
        <translation>{0} es una capa web: se descarga sobre la extensión de {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="59"/>
        <source>Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file&apos;s acquisition date from its metadata, else a date in its name, else the list&apos;s order. Prompts: a point layer (clicks) or a polygon layer (each polygon&apos;s bounding box is a box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place in date order; empty: the earliest): an object&apos;s prompts on the date of its first feature start it, those on other dates correct it there. A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file&apos;s extent, on its grid, into Feature folders (its date from its name, e.g. Esri Wayback&apos;s, where Dates is empty).</source>
        <translation>Fechas: una por ráster, separadas por comas (AAAA-MM-DD); vacío: la fecha de adquisición de cada archivo según sus metadatos, si no una fecha en su nombre, si no el orden de la lista. Indicaciones: una capa de puntos (clics) o de polígonos (el rectángulo envolvente de cada polígono es un recuadro); el campo de objeto agrupa varios clics en un objeto; el campo de fecha indica la fecha de una indicación (una fecha, o su posición en orden de fechas; vacío: la primera): las indicaciones de un objeto en la fecha de su primera entidad lo inician, las de otras fechas lo corrigen allí. Una capa web (XYZ, WMS, WMTS, ...) como fecha se descarga a través de QGIS sobre la extensión del archivo ráster más antiguo, en su rejilla, en las carpetas de características (su fecha, de su nombre, p. ej. el de Esri Wayback, si Fechas está vacío).</translation>
    </message>
</context>
<context>
    <name>FollowedDates</name>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="222"/>
        <source>Add at least two rasters of the same place, one per date.</source>
        <translation>Añada al menos dos rásteres del mismo lugar, uno por fecha.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="96"/>
        <source>The dates are being encoded or followed: wait for it, or cancel it in the task manager.</source>
        <translation>Las fechas se están codificando o siguiendo: espere o cancélelo en el administrador de tareas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="235"/>
        <source>Encoding the dates was cancelled: Encode dates… again resumes it.</source>
        <translation>Se canceló la codificación de las fechas: Codificar fechas… la reanuda.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="242"/>
        <source>{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.</source>
        <translation>{0} fechas codificadas en {1}: dibuje el objeto en una fecha con la herramienta Segmentar y luego Seguir.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="245"/>
        <source>Encoding {0} dates</source>
        <translation>Codificando {0} fechas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="325"/>
        <source>Add two or more rasters of one place, then Encode dates…</source>
        <translation>Añada dos o más rásteres de un lugar y luego Codificar fechas…</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="327"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} de {2})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="331"/>
        <source>the object is not there on this date</source>
        <translation>el objeto no está en esta fecha</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="332"/>
        <source>{0:,.0f} m²</source>
        <translation>{0:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="334"/>
        <source>{0:+,.0f} m² since the date before</source>
        <translation>{0:+,.0f} m² desde la fecha anterior</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="344"/>
        <source>Encode the dates first (Encode dates…).</source>
        <translation>Codifique primero las fechas (Codificar fechas…).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="347"/>
        <source>Draw the object on the date shown first: a click on it or a box around it (Segment tool).</source>
        <translation>Dibuje primero el objeto en la fecha mostrada: un clic sobre él o un rectángulo alrededor (herramienta Segmentar).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="354"/>
        <source>The map&apos;s CRS changed since the object was started: New object, then draw it again.</source>
        <translation>El SRC del mapa cambió desde que se empezó el objeto: Nuevo objeto y vuelva a dibujarlo.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="376"/>
        <source>Following was cancelled.</source>
        <translation>Se canceló el seguimiento.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="382"/>
        <source>The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.</source>
        <translation>El objeto en {0} de {1} fechas ({2}): mueva el control deslizante para ver cada una; un aviso en otra fecha lo corrige allí; S guarda todas las fechas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following the object through {0} dates</source>
        <translation>Siguiendo el objeto a través de {0} fechas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following again from {0} correction(s)</source>
        <translation>Siguiendo de nuevo desde {0} corrección(es)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="109"/>
        <source>Choose a raster layer in the Raster box (2. Source) first.</source>
        <translation>Elija primero una capa ráster en el cuadro Ráster (2. Origen).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="134"/>
        <source>{0} is in the list already.</source>
        <translation>{0} ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="126"/>
        <source>{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.</source>
        <translation>{0} no es un ráster que QGIS pueda leer: elija un GeoTIFF u otro archivo ráster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="262"/>
        <source>Add a raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Añada un archivo ráster entre las fechas: las capas web se descargan sobre su extensión, en su rejilla.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).</source>
        <translation>{0} no tiene fecha en su nombre: haga doble clic en su fecha en la lista y escríbala (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} is no longer in the project: add it again, or remove its row.</source>
        <translation>{0} ya no está en el proyecto: añádala de nuevo o quite su fila.</translation>
    </message>
</context>
<context>
    <name>GeoSamAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Cannot write a polygon into {0}: {1}. Check the output&apos;s path, format and free disk space.</source>
        <translation>No se puede escribir un polígono en {0}: {1}. Compruebe la ruta, el formato y el espacio libre en disco de la salida.</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="38"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>El checkpoint con el que se codificó esta carpeta</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>Checkpoints (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>New output layer</source>
        <translation>Nueva capa de salida</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>Carpeta de características para la codificación (vacía o nueva, o la misma codificación para reanudar)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="96"/>
        <source>GeoSAM</source>
        <translation>GeoSAM</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="104"/>
        <source>1. Model</source>
        <translation>1. Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="109"/>
        <source>For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded.</source>
        <translation>Para codificar y para el modo en vivo. Una carpeta de características indica su propio checkpoint; se muestra aquí al cargarla.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="122"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="161"/>
        <source>Recently loaded feature folders</source>
        <translation>Carpetas de características cargadas recientemente</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="163"/>
        <source>Feature folder</source>
        <translation>Carpeta de características</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Load folder</source>
        <translation>Cargar carpeta</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Raster</source>
        <translation>Ráster</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Encode raster…</source>
        <translation>Codificar ráster…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>Codificar el ráster elegido arriba en una carpeta de características, en segundo plano, y luego cargarla.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="176"/>
        <source>Segment raster live</source>
        <translation>Segmentar ráster en vivo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="177"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>Sin carpeta de características: el primer clic en una zona codifica su tesela (segundos); los clics siguientes cercanos son inmediatos.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="203"/>
        <source>3. Prompts</source>
        <translation>3. Indicaciones</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>Clic izquierdo: objeto · clic derecho: fondo · arrastrar: rectángulo · S: guardar · Ctrl+Z / Ctrl+Y · Esc: limpiar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="209"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="211"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="212"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="213"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="235"/>
        <source>4. Output</source>
        <translation>4. Salida</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="240"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="242"/>
        <source>New scratch</source>
        <translation>Nueva capa temporal</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="243"/>
        <source>New GeoPackage…</source>
        <translation>Nuevo GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="244"/>
        <source>New Shapefile…</source>
        <translation>Nuevo Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="245"/>
        <source>Save (S)</source>
        <translation>Guardar (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="246"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>En el búfer de edición de la capa si está en modo edición (deshacer de QGIS lo revierte); si no, directamente en su archivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="255"/>
        <source>5. Options</source>
        <translation>5. Opciones</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="276"/>
        <source>Largest polygon only</source>
        <translation>Solo el polígono más grande</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="291"/>
        <source>Result colour</source>
        <translation>Color del resultado</translation>
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
        <translation>Elija primero una carpeta de características (o codifique un ráster en una).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="312"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>Elija una capa ráster (2. Origen) y un checkpoint (1. Modelo) para el modo en vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Ya hay una codificación en curso: espere a que termine o cancélela en el administrador de tareas (abajo a la derecha).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="331"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>Elija primero el ráster a codificar en la casilla Ráster (2. Origen).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="337"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>Elija primero el checkpoint de SAM / SAM 2 (1. Modelo).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="584"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>Nada cargado: cargue una carpeta de características, o codifique un ráster o segméntelo en vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="155"/>
        <source>2. Source</source>
        <translation>2. Origen</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Show chips</source>
        <translation>Mostrar teselas</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>Dibujar las teselas en el mapa (en modo en vivo: las teselas codificadas hasta ahora).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="278"/>
        <source>Min. area (units²)</source>
        <translation>Área mín. (unidades²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="279"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>Área mínima de un polígono, en unidades cuadradas del SRC de la carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="280"/>
        <source>Simplify</source>
        <translation>Simplificar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="281"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>Tolerancia de simplificación, en unidades del SRC de la carpeta (0: ninguna).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="111"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>Checkpoints oficiales de SAM / SAM 2 (y los de su catálogo): elija uno descargado o descárguelo.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="114"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Automatic (GPU if any)</source>
        <translation>Automático (GPU si la hay)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="127"/>
        <source>Where encoding and live mode run; the line at the top says which device is in use.</source>
        <translation>Dónde se ejecutan la codificación y el modo en vivo; la línea superior indica el dispositivo en uso.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="129"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="185"/>
        <source>(a checkpoint file)</source>
        <translation>(un archivo de checkpoint)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>{0} (downloaded)</source>
        <translation>{0} (descargado)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="190"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} MB)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="207"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="245"/>
        <source>Downloading {0}</source>
        <translation>Descargando {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="223"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>Texto (carpetas SAM 3): edificio</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="224"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>Encuentra cada instancia de un concepto en la carpeta SAM 3 cargada; con un rectángulo dibujado en el mapa, los objetos como el enmarcado (el texto puede quedar vacío). Los polígonos van a una capa nueva.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Find all</source>
        <translation>Buscar todos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="287"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>Indicaciones de texto: la puntuación mínima conservada.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="288"/>
        <source>Text score threshold</source>
        <translation>Umbral de puntuación de texto</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="372"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) first.</source>
        <translation>Elija primero una capa ráster (2. Origen) y un checkpoint (1. Modelo).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="182"/>
        <source>Encode from view…</source>
        <translation>Codificar desde la vista…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="183"/>
        <source>Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue.</source>
        <translation>Codifica el ráster en una carpeta de características en segundo plano, primero las teselas de la vista, y segmenta al instante: un clic en una tesela aún no lista la codifica primero. Desplazar el mapa reordena la cola.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="184"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>Pause the background encode (a click still encodes its chip); press again to resume.</source>
        <translation>Pausa la codificación en segundo plano (un clic codifica igualmente su tesela); pulse de nuevo para reanudar.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="363"/>
        <source>{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.</source>
        <translation>{0} no es un archivo: use Codificar desde la vista… (la extensión de la vista a la resolución del mapa) o Codificar ráster de Processing con una resolución y una extensión.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="192"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source> chips</source>
        <translation> teselas</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip).</source>
        <translation>Codificar desde la vista…: como máximo este número de teselas en segundo plano, las más cercanas a la vista primero (un clic sigue codificando su tesela).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="348"/>
        <source>Cannot encode into {0}: {1}</source>
        <translation>No se puede codificar en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>Loading… (prompts made now are answered when it is ready)</source>
        <translation>Cargando… (las indicaciones hechas ahora se responden cuando esté listo)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="71"/>
        <source>Cannot create the folder {0}: {1}. Choose a folder you can write to.</source>
        <translation>No se puede crear la carpeta {0}: {1}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="558"/>
        <source>{0}: {1}%</source>
        <translation>{0}: {1} %</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Save {0} (S)</source>
        <translation>Guardar {0} (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Keep each result</source>
        <translation>Conservar cada resultado</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result.</source>
        <translation>Activado: un rectángulo dibujado tras un resultado empieza el objeto siguiente; los terminados esperan, discontinuos, hasta que S los guarda todos. Esc descarta el último. Desactivado: un rectángulo nuevo sustituye el resultado.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>As traced</source>
        <translation>Tal como se trazó</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Fields</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="264"/>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="265"/>
        <source>Buildings: no overlaps</source>
        <translation>Edificios: sin solapes</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="266"/>
        <source>With the Buildings outline, a building saved is cut where it overlaps the output layer&apos;s features (or the others saved with it).</source>
        <translation>Con el contorno Edificios, un edificio guardado se recorta donde se solapa con las entidades de la capa de salida (o con los demás guardados con él).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="263"/>
        <source>The outline&apos;s shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer&apos;s buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask&apos;s pixel edges.</source>
        <translation>La forma del contorno, en la vista previa y en lo que guarda S. Edificios: paredes rectas en ángulo recto (con Edificios: sin solapes, recortados por los edificios de la capa). Parcelas: bordes rectos en cualquier ángulo. Natural: suave, la misma superficie. Tal como se trazó: los bordes de los píxeles de la máscara.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float32 (reference)</source>
        <translation>float32 (referencia)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float16 (GPU)</source>
        <translation>float16 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="141"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="143"/>
        <source>Time one chip of this checkpoint&apos;s encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background).</source>
        <translation>Cronometrar una tesela del codificador de este checkpoint en cada precisión en esta máquina y comparar bfloat16 e int8 con float32 en teselas del ráster de Origen (en segundo plano).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="139"/>
        <source>What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster).</source>
        <translation>En qué calculan «Codificar ráster…» y el modo en vivo. float32 da las características de los predictores de referencia. En una CPU, bfloat16 e int8 funcionan en OpenVINO, comprobados por la prueba de exactitud de Medir con su checkpoint y ráster (máscaras comparadas con las de float32): bfloat16 se atenúa donde no la superó, int8 se ofrece una vez superada (se calibra con ese ráster).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>A raster of the same place on another date</source>
        <translation>Un ráster del mismo lugar en otra fecha</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)</source>
        <translation>Rásteres (*.tif *.tiff *.jp2 *.img *.vrt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="439"/>
        <source>Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory.</source>
        <translation>Elija primero el checkpoint (1. Modelo): uno de SAM 2 / 2.1 sigue con su memoria.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>typed</source>
        <translation>escrita</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s name</source>
        <translation>del nombre del archivo</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s metadata ({0})</source>
        <translation>de los metadatos del archivo ({0})</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="296"/>
        <source>6. Dates</source>
        <translation>6. Fechas</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="299"/>
        <source>One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date.</source>
        <translation>Un objeto a través de fechas: añada los rásteres, Codificar fechas…, dibuje el objeto en una fecha, Seguir. Un aviso en otra fecha lo corrige allí; S guarda todas las fechas.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="307"/>
        <source>The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list&apos;s order.</source>
        <translation>La fecha según el archivo (sus metadatos de adquisición, si no su nombre); doble clic para escribir otra (AAAA-MM-DD). Ninguna: el orden de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="310"/>
        <source>Add layer</source>
        <translation>Añadir capa</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="311"/>
        <source>Add the Raster box&apos;s layer (2. Source) as a date.</source>
        <translation>Añadir la capa del cuadro Ráster (2. Origen) como fecha.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="312"/>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="313"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="314"/>
        <source>Encode dates…</source>
        <translation>Codificar fechas…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="315"/>
        <source>Each date into a feature folder of its own under a folder you choose, on the first date&apos;s grid (in the background; a date encoded before is not encoded again).</source>
        <translation>Cada fecha en una carpeta de características propia dentro de una carpeta que elija, en la rejilla de la primera fecha (en segundo plano; una fecha ya codificada no se vuelve a codificar).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="322"/>
        <source>The date shown: its raster, the object&apos;s outline there, and the folder the Segment tool answers from.</source>
        <translation>La fecha mostrada: su ráster, el contorno del objeto en ella y la carpeta desde la que responde la herramienta Segmentar.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="328"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="329"/>
        <source>Follow the object drawn on the date shown through every date (SAM 2&apos;s memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there.</source>
        <translation>Seguir el objeto dibujado en la fecha mostrada a través de todas las fechas (la memoria de SAM 2; otros modelos: el mismo aviso en cada fecha). En otra fecha distinta de la primera, el aviso corrige el objeto allí.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="330"/>
        <source>New object</source>
        <translation>Nuevo objeto</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>the list&apos;s order (no file has a date)</source>
        <translation>el orden de la lista (ningún archivo tiene fecha)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Intel GPU (OpenVINO) {0}</source>
        <translation>GPU Intel (OpenVINO) {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the layer&apos;s name</source>
        <translation>del nombre de la capa</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="98"/>
        <source>GeoSAM segmentation dock</source>
        <translation>Panel de segmentación GeoSAM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Encode raster (Processing)…</source>
        <translation>Codificar ráster (Procesos)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>Segmentar desde capas de indicaciones (Procesos)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment everything (Processing)…</source>
        <translation>Segmentar todo (Procesos)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="149"/>
        <source>{0} failed: {1}</source>
        <translation>{0} falló: {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="165"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>No se pudo abrir el panel de GeoSAM: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="190"/>
        <source>The installer could not start: {0}</source>
        <translation>El instalador no pudo iniciarse: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>About GeoSAM and its documentation…</source>
        <translation>Acerca de GeoSAM y su documentación…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Could not open a web browser: GeoSAM&apos;s documentation is at {0}</source>
        <translation>No se pudo abrir un navegador web: la documentación de GeoSAM está en {0}</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../ui/install_dialog.py" line="46"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="47"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="48"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="51"/>
        <source>torch build</source>
        <translation>Versión de torch</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="55"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>Sin conexión: una carpeta creada con 'python3 geo_sam_plugin/install/python_env.py bundle' en un equipo con internet.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="56"/>
        <source>From a folder of wheels (offline)</source>
        <translation>Desde una carpeta de wheels (sin conexión)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="188"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="136"/>
        <source>as given</source>
        <translation>según lo indicado</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="143"/>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="30"/>
        <source>GeoSAM: the runtime</source>
        <translation>GeoSAM: el entorno de ejecución</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="112"/>
        <source>{0}
GeoSAM&apos;s engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS&apos;s Python into {1}; nothing QGIS itself uses is changed.
{2}</source>
        <translation>{0}
El motor de GeoSAM (torch, Segment Anything) se ejecuta en un entorno de Python propio, construido a partir del Python de QGIS en {1}; no se cambia nada de lo que usa QGIS.
{2}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="67"/>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="203"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="90"/>
        <source>Checking this machine's NVIDIA driver…</source>
        <translation>Comprobando el controlador NVIDIA de este equipo…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="37"/>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="68"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="69"/>
        <source>Install only what this GeoSAM version needs and the runtime lacks (the same torch build)</source>
        <translation>Instalar solo lo que esta versión de GeoSAM necesita y le falta al entorno (la misma compilación de torch)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="105"/>
        <source> (built for GeoSAM {0})</source>
        <translation> (creado para GeoSAM {0})</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="106"/>
        <source>GeoSAM&apos;s runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.
Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).
{5}</source>
        <translation>El entorno de ejecución de GeoSAM está instalado en {0}{1}: {2}, {3} en disco; su Python: {4}.
Actualizar instala solo lo que necesita esta versión de GeoSAM; Reparar lo vuelve a crear; Eliminar lo borra (desinstalar el complemento no lo hace).
{5}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="133"/>
        <source>Repair installs: </source>
        <translation>Reparar instala: </translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="147"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Remove GeoSAM&apos;s runtime?</source>
        <translation>¿Eliminar el entorno de ejecución de GeoSAM?</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Delete GeoSAM&apos;s runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? GeoSAM cannot encode or segment until it is installed again.</source>
        <translation>¿Borrar el entorno de ejecución de GeoSAM en {0} ({1}) y el Python a partir del que se creó, si GeoSAM lo descargó? GeoSAM no podrá codificar ni segmentar hasta que se vuelva a instalar.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="185"/>
        <source> Also removed: {0}.</source>
        <translation> También eliminado: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="186"/>
        <source> Left in place: the models folder {0}.</source>
        <translation> Se conserva: la carpeta de modelos {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="187"/>
        <source>GeoSAM&apos;s runtime was removed from {0}.{1}{2}</source>
        <translation>El entorno de ejecución de GeoSAM se eliminó de {0}.{1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureTask</name>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="47"/>
        <source>float16 needs a CUDA GPU.</source>
        <translation>float16 necesita una GPU CUDA.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="49"/>
        <source>int8 runs on the CPU only.</source>
        <translation>int8 solo funciona en la CPU.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="51"/>
        <source>Measure with a raster in Source first: int8 is calibrated on it and checked against float32.</source>
        <translation>Primero mida con un ráster en Origen: int8 se calibra con él y se compara con float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="57"/>
        <source>Failed the accuracy gate: {0}</source>
        <translation>No superó la prueba de exactitud: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="44"/>
        <source>An Intel GPU computes in float32, float16 or int8.</source>
        <translation>Una GPU Intel calcula en float32, float16 o int8.</translation>
    </message>
</context>
<context>
    <name>OutputLayers</name>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="41"/>
        <source>QGIS could not add the layer {0}: {1}.</source>
        <translation>QGIS no pudo añadir la capa {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="60"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>No se puede crear {0}: {1}. Elija otro archivo o carpeta.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="80"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>Nada que guardar: haga clic primero en un objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="84"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>Elija (o cree) una capa de polígonos de salida antes de guardar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="87"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} no es una capa de polígonos: elija otra capa de salida.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="132"/>
        <source>Could not transform a polygon into {0}&apos;s CRS ({1}): nothing was saved.</source>
        <translation>No se pudo transformar un polígono al SRC de {0} ({1}): no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="104"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0} (en su búfer de edición: guarde o cancele las ediciones de la capa como de costumbre)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>No se pudo guardar en {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>the layer is read-only</source>
        <translation>la capa es de solo lectura</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="114"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>{0} polígono(s) guardado(s) en {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="119"/>
        <source>The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).</source>
        <translation>La capa no tiene el/los campo(s) {0}: esos valores no se guardaron (una capa nueva creada desde el panel los tiene).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="78"/>
        <source>Nothing to save: drag a box around an object first.</source>
        <translation>Nada que guardar: primero dibuje un rectángulo alrededor de un objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="94"/>
        <source>Nothing new to save: the outline lies within {0}&apos;s existing features.</source>
        <translation>Nada nuevo que guardar: el contorno está dentro de las entidades existentes de {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="116"/>
        <source>{0} lay within existing features and were not saved.</source>
        <translation>{0} estaban dentro de entidades existentes y no se guardaron.</translation>
    </message>
</context>
<context>
    <name>Prompting</name>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="101"/>
        <source>Load a feature folder first.</source>
        <translation>Cargue primero una carpeta de características.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="178"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>Segmentando (el primer clic en una zona codifica su tesela)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="206"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>No se encontró nada aquí: ninguna máscara superó los umbrales (pruebe otro punto o un rectángulo).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="213"/>
        <source>Encoding this area… (click to encode it first)</source>
        <translation>Codificando esta zona… (haga clic para codificarla primero)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="72"/>
        <source>{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).</source>
        <translation>{0} resultado(s) sin guardar descartado(s): otra carpeta u otro SRC del mapa empieza de nuevo (guarde antes de cambiar).</translation>
    </message>
</context>
<context>
    <name>RegularizeAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="35"/>
        <source>Regularize outlines</source>
        <translation>Regularizar contornos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="38"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="44"/>
        <source>Makes traced outlines (a mask&apos;s pixel staircase, from GeoSAM or any tool) usable as they come.

Buildings: straight walls at right angles (or at 45 degrees), fitted to the traced outline so the footprint is kept; notches smaller than Smallest notch are merged; buildings closer than Neighbour gap at about the same angle keep one shared wall, with no overlap and no gap. Fields: straight edges at any angle, the area kept. Natural: smooth, the area kept (lakes, forests, landslides). Holes smaller than Fill holes are filled.

Tolerance, Smallest notch and Neighbour gap are in the layer&apos;s CRS units (metres for a geographic CRS; 0 = twice the tolerance); about 1.5 times the imagery&apos;s pixel size suits a traced mask. Every field is kept.</source>
        <translation>Hace utilizables tal cual los contornos trazados (la escalera de píxeles de una máscara, de GeoSAM o de otra herramienta).

Edificios: paredes rectas en ángulo recto (o a 45 grados), ajustadas al contorno trazado para conservar la huella; los entrantes más pequeños que el entrante más pequeño se fusionan; los edificios más cercanos que la separación con vecinos y con casi el mismo ángulo conservan una pared compartida, sin solape ni hueco. Parcelas: bordes rectos en cualquier ángulo, se conserva el área. Natural: suave, se conserva el área (lagos, bosques, deslizamientos). Se rellenan los huecos más pequeños que el área de relleno.

La tolerancia, el entrante más pequeño y la separación con vecinos están en las unidades del SRC de la capa (metros para un SRC geográfico; 0 = el doble de la tolerancia); unas 1,5 veces el tamaño de píxel de la imagen conviene a una máscara trazada. Se conservan todos los campos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="59"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Fields</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="61"/>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>Building angles</source>
        <translation>Ángulos de los edificios</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>90 degrees</source>
        <translation>90 grados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>45 degrees</source>
        <translation>45 grados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="63"/>
        <source>Smallest notch (0 = auto)</source>
        <translation>Entrante más pequeño (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="64"/>
        <source>Neighbour gap (0 = auto)</source>
        <translation>Separación con vecinos (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="65"/>
        <source>Fill holes under (area)</source>
        <translation>Rellenar huecos bajo (área)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="66"/>
        <source>Regularized</source>
        <translation>Regularizados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="73"/>
        <source>Choose a polygon layer to regularize.</source>
        <translation>Elija una capa de polígonos que regularizar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="76"/>
        <source>Give a tolerance above 0 (about 1.5 times the imagery&apos;s pixel size).</source>
        <translation>Indique una tolerancia mayor que 0 (unas 1,5 veces el tamaño de píxel de la imagen).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="88"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>No se puede crear la capa de salida: compruebe su ruta y su formato.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="111"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>No se puede escribir en {0}: compruebe la ruta, el formato y el espacio libre de la salida.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="114"/>
        <source>{0} outlines regularized ({1}).</source>
        <translation>{0} contornos regularizados ({1}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="52"/>
        <source>Fill holes is an area in the layer&apos;s units (square metres for a geographic CRS). Z and M values are dropped and curves made straight. Outlines are sent to GeoSAM&apos;s engine 5,000 at a time, west to east: neighbours share walls within those. GeoSAM&apos;s own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out.</source>
        <translation>Rellenar huecos es un área en las unidades de la capa (metros cuadrados para un SRC geográfico). Se quitan los valores Z y M y las curvas se hacen rectas. Los contornos se envían al motor de GeoSAM de 5.000 en 5.000, de oeste a este: los vecinos comparten paredes dentro de cada lote. Los campos propios de GeoSAM (area_m2, perimeter_m, style) se actualizan para los nuevos contornos; las entidades sin geometría se dejan fuera.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="106"/>
        <source>GeoSAM: object through dates</source>
        <translation>GeoSAM: objeto a través de fechas</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="229"/>
        <source>Segment everything</source>
        <translation>Segmentar todo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="239"/>
        <source>Feature folder</source>
        <translation>Carpeta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="240"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensión (por defecto: todas las teselas)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="241"/>
        <source>Points per chip side</source>
        <translation>Puntos por lado de tesela</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="242"/>
        <source>Predicted IoU threshold</source>
        <translation>Umbral de IoU predicho</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="243"/>
        <source>Stability score threshold</source>
        <translation>Umbral de estabilidad</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="247"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="232"/>
        <source>Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each giving SAM&apos;s three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one.</source>
        <translation>Máscaras automáticas sobre cada tesela de una carpeta de características (o de una extensión): una cuadrícula de puntos por tesela, cada uno da las tres máscaras de SAM, que se conservan cuando el IoU predicho y la puntuación de estabilidad superan sus umbrales. Los polígonos encontrados dos veces donde las teselas se solapan (o por puntos vecinos) se eliminan por IoU, conservando el de mejor puntuación.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="267"/>
        <source>{0} polygons.</source>
        <translation>{0} polígonos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="269"/>
        <source>, area &gt;= {0:g}</source>
        <translation>, área &gt;= {0:g}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="270"/>
        <source>0 polygons: no mask passed the thresholds (predicted IoU &gt;= {0:g}, stability &gt;= {1:g}{2}). Lower them, or add points per chip side.</source>
        <translation>0 polígonos: ninguna máscara superó los umbrales (IoU predicho &gt;= {0:g}, estabilidad &gt;= {1:g}{2}). Bájelos o añada puntos por lado de tesela.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="244"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. de polígono (unidades del SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="246"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por defecto: el de la carpeta)</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="124"/>
        <source>Segment from prompt layers</source>
        <translation>Segmentar desde capas de indicaciones</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="140"/>
        <source>Feature folder</source>
        <translation>Carpeta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="141"/>
        <source>Point prompts</source>
        <translation>Indicaciones de puntos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="142"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>Campo de etiqueta (1 objeto, 0 fondo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="143"/>
        <source>Group field (one object per group)</source>
        <translation>Campo de grupo (un objeto por grupo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="144"/>
        <source>Box prompts</source>
        <translation>Indicaciones de rectángulos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="150"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.</source>
        <translation>Se omitieron {0} objeto(s) con solo puntos de fondo (etiqueta 0) y sin rectángulo: un punto de fondo solo refina un objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="218"/>
        <source>{0} polygons from {1} prompt objects.</source>
        <translation>{0} polígonos a partir de {1} objetos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="145"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. de polígono (unidades del SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="146"/>
        <source>Largest polygon of each object only</source>
        <translation>Solo el polígono mayor de cada objeto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="147"/>
        <source>Simplify (CRS units, 0 = none)</source>
        <translation>Simplificar (unidades del SRC, 0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="149"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por defecto: el de la carpeta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="127"/>
        <source>Turns point and box prompts into polygons with a feature folder made by &apos;Encode raster&apos;. Only SAM&apos;s light decoder runs.

Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon&apos;s bounding box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. Min. polygon area and Simplify are in the folder&apos;s CRS units.

Outline: As traced (the mask&apos;s pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural (smooth, the same area), as in the dock. Buildings segmented one by one share walls when &apos;Regularize outlines&apos; runs on them together.</source>
        <translation>Convierte puntos y rectángulos en polígonos, con una carpeta de características creada por 'Codificar ráster'. Solo se ejecuta el decodificador ligero de SAM.

Puntos: campo de etiqueta 1 = primer plano, 0 = fondo (sin campo: todo primer plano). Sin campo de grupo, cada punto es un objeto; con uno, los puntos (y rectángulos) que comparten un valor de grupo forman un objeto. Rectángulos: el rectángulo envolvente de cada polígono es un objeto, combinado con los puntos de su grupo. Las capas de indicaciones pueden estar en cualquier SRC. Los objetos mayores que una tesela se siguen en las teselas vecinas y se fusionan. Salida: una entidad por polígono con score (IoU prevista), area_m2 y perimeter_m (reales, sobre el elipsoide), número de puntos, rectángulo usado, indicación, contorno, teselas, modelo, checkpoint, fuente y hora. Área mín. y Simplificar están en las unidades del SRC de la carpeta.

Contorno: Tal como se trazó (los bordes de los píxeles de la máscara), Edificios (paredes rectas en ángulo recto), Parcelas (bordes rectos) o Natural (suave, la misma superficie), como en el panel. Los edificios segmentados uno a uno comparten paredes cuando 'Regularizar contornos' se ejecuta sobre todos juntos.</translation>
    </message>
</context>
<context>
    <name>SegmentTextAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="282"/>
        <source>Segment by text (SAM 3)</source>
        <translation>Segmentar por texto (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="295"/>
        <source>Feature folder (SAM 3)</source>
        <translation>Carpeta de características (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="296"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>Indicación de texto (una frase nominal corta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="305"/>
        <source>Score threshold</source>
        <translation>Umbral de puntuación</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="306"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensión (por defecto: todas las teselas)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="310"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="285"/>
        <source>Finds every instance of a concept (&apos;building&apos;, &apos;field&apos;, &apos;lake&apos;) in a feature folder encoded with SAM 3 (sam3.pt), or in the chips touching an extent. SAM 3&apos;s grounding runs on each chip&apos;s cached features; detections scoring at least the threshold become polygons with &apos;concept&apos; and &apos;score&apos; attributes, and the same object found on overlapping chips is kept once (the best-scored). No match gives an empty layer and a message. SAM and SAM 2 folders do not read text.

Example boxes (&apos;more like this one&apos;): polygons drawn around one or a few examples, all within one chip; the text may then be empty. A label field with 0 marks an example of what not to find.</source>
        <translation>Encuentra cada instancia de un concepto («building», «field», «lake») en una carpeta de características codificada con SAM 3 (sam3.pt), o en las teselas que tocan una extensión. El grounding de SAM 3 se ejecuta sobre las características guardadas de cada tesela; las detecciones con una puntuación de al menos el umbral se convierten en polígonos con los atributos «concept» y «score», y el mismo objeto encontrado en teselas solapadas se conserva una sola vez (el de mejor puntuación). Sin coincidencias se obtiene una capa vacía y un mensaje. Las carpetas SAM y SAM 2 no leen texto.

Rectángulos de ejemplo («más como este»): polígonos dibujados alrededor de uno o pocos ejemplos, todos dentro de una tesela; el texto puede quedar vacío. Un campo de etiqueta con 0 marca un ejemplo de lo que no se debe encontrar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="342"/>
        <source>{0} &apos;{1}&apos; polygons.</source>
        <translation>{0} polígonos «{1}».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="344"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.</source>
        <translation>No se encontró «{0}» con una puntuación de {1:g} o más: la capa está vacía. Baje el umbral para ver coincidencias más débiles.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="307"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. de polígono (unidades del SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="309"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por defecto: el de la carpeta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="297"/>
        <source>Example boxes: objects like these</source>
        <translation>Rectángulos de ejemplo: objetos como estos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="300"/>
        <source>Example label (1 like, 0 not like)</source>
        <translation>Etiqueta de ejemplo (1 como, 0 no como)</translation>
    </message>
</context>
<context>
    <name>ViewSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="72"/>
        <source>Could not open {0}: {1}</source>
        <translation>No se pudo abrir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="167"/>
        <source>Starting the encode of {0}: loading the model</source>
        <translation>Iniciando la codificación de {0}: cargando el modelo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="165"/>
        <source>Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).</source>
        <translation>Codificando {0} en {1}, primero las teselas de la vista: haga clic ya (un clic en otro lugar se codifica primero).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="221"/>
        <source>Encoding stopped: {0}</source>
        <translation>Codificación detenida: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="223"/>
        <source>Encoded: {0} is complete ({1} chips).</source>
        <translation>Codificado: {0} está completo ({1} teselas).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="246"/>
        <source>Paused: {0} of {1} chips ready (a click still encodes its chip)</source>
        <translation>En pausa: {0} de {1} teselas listas (un clic codifica igualmente su tesela)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="248"/>
        <source>Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)</source>
        <translation>Límite alcanzado: {0} de {1} teselas listas (un clic sigue codificando su tesela; suba el límite para continuar)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="250"/>
        <source>Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left</source>
        <translation>Codificando desde la vista: {0} de {1} teselas, {2:.2f} teselas/s, faltan unos {3:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="252"/>
        <source>Encoding from the view: {0} of {1} chips</source>
        <translation>Codificando desde la vista: {0} de {1} teselas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="129"/>
        <source>The map is zoomed in further than the layer&apos;s deepest zoom: its own pixels are encoded, not finer ones.</source>
        <translation>El mapa está más ampliado que el zoom más profundo de la capa: se codifican sus propios píxeles, no otros más finos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="125"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once.</source>
        <translation>{0}: {1} x {2} px a {3} por píxel, {4} teselas de {5} px (unos {6}), obtenidas a través de QGIS mientras se codifica, la vista primero; haga clic ya.</translation>
    </message>
</context>
<context>
    <name>WebLayerFetch</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>{0}&apos;s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. Set Pixel size to 0 for the layer&apos;s own.</source>
        <translation>El zoom más profundo de {0} es de {1:.3g} {3} por píxel: a {2:.3g} {3} sus teselas se sobremuestrean, más teselas que codificar y ningún detalle ganado. Ponga Tamaño de píxel a 0 para el de la capa.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.</source>
        <translation>{0}: {1} x {2} px a {3} por píxel, {4} teselas de {5} px, unos {6} para descargar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Fetching {0}: tile {1} of {2}</source>
        <translation>Obteniendo {0}: tesela {1} de {2}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="86"/>
        <source>{0} tiles fetched from {1} into {2}.</source>
        <translation>{0} teselas obtenidas de {1} en {2}.</translation>
    </message>
</context>
<context>
    <name>_SegmentAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="73"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>As traced</source>
        <translation>Tal como se trazó</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Fields</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
</context>
</TS>
