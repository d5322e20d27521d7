<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackgroundTasks</name>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="48"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Un encodage est déjà en cours : attendez qu'il se termine, ou annulez-le dans le gestionnaire de tâches (en bas à droite).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="55"/>
        <source>Encoded: {0}.</source>
        <translation>Encodé : {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="63"/>
        <source>Encoding {0}</source>
        <translation>Encodage de {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="66"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>Encodage de {0} : chargement du modèle et lecture de la première tuile</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="67"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>Encodage de {0} dans {1} en tâche de fond (gestionnaire de tâches en bas à droite : progression et annulation).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="78"/>
        <source>Choose a checkpoint first: Measure times its image encoder on this machine.</source>
        <translation>Choisissez d'abord un checkpoint : Mesurer chronomètre son encodeur d'image sur cette machine.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="81"/>
        <source>Measuring is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Une mesure est déjà en cours : attendez-la, ou annulez-la dans le gestionnaire de tâches.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="88"/>
        <source>Measured: {0}</source>
        <translation>Mesuré : {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="113"/>
        <source>Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all.</source>
        <translation>Les invites textuelles cherchent dans un dossier de caractéristiques terminé : quand « Encoder depuis la vue… » est terminé, chargez son dossier, puis « Tout trouver ».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="116"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>Chargez d'abord un dossier de caractéristiques encodé avec SAM 3 : les invites textuelles cherchent dans les caractéristiques enregistrées.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="119"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Une recherche textuelle est déjà en cours : attendez-la ou annulez-la dans le gestionnaire de tâches.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="161"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>{0} « {1} » trouvés dans {2} : couche « {3} ».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="163"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>Aucun « {0} » trouvé avec un score de {1:g} ou plus : la couche « {2} » est vide. Abaissez le seuil pour voir des correspondances plus faibles.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="172"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>Recherche de « {0} »</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="175"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>Recherche de « {0} » : chargement de SAM 3</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="184"/>
        <source>QGIS refused the layer</source>
        <translation>QGIS a refusé la couche</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="185"/>
        <source>Could not add the polygons found for &apos;{0}&apos; to the project: {1}.</source>
        <translation>Impossible d'ajouter au projet les polygones trouvés pour « {0} » : {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="208"/>
        <source>Not measured: {0}</source>
        <translation>Non mesuré : {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="97"/>
        <source>Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)</source>
        <translation>Mesure de l'encodeur dans chaque précision et contrôle sur des tuiles de {0} (la première fois, il est converti pour OpenVINO : une minute ou plus)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="99"/>
        <source>Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)</source>
        <translation>Mesure de l'encodeur : une tuile dans chaque précision (choisissez un raster dans Source pour contrôler aussi la justesse)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="204"/>
        <source>Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.</source>
        <translation>Pas encore mesuré : Mesurer chronomètre une tuile dans chaque précision et, avec un raster dans Source, compare bfloat16 et int8 à float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="209"/>
        <source>{0} on {1}: float32 {2:.2f} s a chip</source>
        <translation>{0} sur {1} : float32 {2:.2f} s par tuile</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="213"/>
        <source>{0} {1:.2f} s ({2:.2f}x as fast, {3})</source>
        <translation>{0} {1:.2f} s ({2:.2f}x plus rapide, {3})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>passed the accuracy gate</source>
        <translation>a réussi le contrôle de justesse</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>failed the accuracy gate</source>
        <translation>a échoué au contrôle de justesse</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="218"/>
        <source>, {0} (IoU median {1:.3f}, worst {2:.3f})</source>
        <translation>, {0} (IoU médiane {1:.3f}, pire {2:.3f})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="223"/>
        <source>{0} cannot run here ({1})</source>
        <translation>{0} ne peut pas tourner ici ({1})</translation>
    </message>
</context>
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="97"/>
        <source>Encode raster (SAM image features)</source>
        <translation>Encoder un raster (caractéristiques d'image SAM)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="100"/>
        <source>Encode</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="129"/>
        <source>Input raster</source>
        <translation>Raster en entrée</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="130"/>
        <source>Bands (up to 3, in order)</source>
        <translation>Bandes (jusqu'à 3, dans l'ordre)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="138"/>
        <source>Model family</source>
        <translation>Famille de modèle</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="139"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="140"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="141"/>
        <source>Compute precision</source>
        <translation>Précision de calcul</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="142"/>
        <source>Stored feature precision</source>
        <translation>Précision des caractéristiques stockées</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="146"/>
        <source>Feature folder</source>
        <translation>Dossier de caractéristiques</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="147"/>
        <source>Chips in the folder</source>
        <translation>Tuiles dans le dossier</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="148"/>
        <source>Chips skipped as nodata</source>
        <translation>Tuiles ignorées (sans données)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="199"/>
        <source>Device: {0}</source>
        <translation>Périphérique : {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="206"/>
        <source>{0}/{1} chips, {2:.2f} chips/s</source>
        <translation>{0}/{1} tuiles, {2:.2f} tuiles/s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="208"/>
        <source>{0}, about {1:.0f} s left</source>
        <translation>{0}, encore environ {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="214"/>
        <source>{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.</source>
        <translation>{0} tuiles dans {1} ({2} tuiles nodata ignorées), encodées par le cluster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="216"/>
        <source>{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.</source>
        <translation>{0} tuiles dans {1} ({2} réutilisées, {3} tuiles nodata ignorées) en {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="175"/>
        <source>{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).</source>
        <translation>{0} est dessinée par QGIS : laissez Bandes vide (elle est encodée dans le RVB que QGIS dessine).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="131"/>
        <source>Extent (default: whole raster)</source>
        <translation>Emprise (par défaut : tout le raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="132"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>SCR (par défaut : celui du raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="133"/>
        <source>Pixel size (0 = native)</source>
        <translation>Taille de pixel (0 = native)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="134"/>
        <source>Value range min,max (empty: automatic)</source>
        <translation>Plage de valeurs min,max (vide : automatique)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="135"/>
        <source>Chip size, px (0 = the model&apos;s)</source>
        <translation>Taille des tuiles, px (0 = celle du modèle)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="136"/>
        <source>Stride, px (0 = half a chip)</source>
        <translation>Pas, px (0 = une demi-tuile)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="137"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (fichier ou nom du modèle)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="143"/>
        <source>Dask scheduler address (optional)</source>
        <translation>Adresse du planificateur Dask (facultatif)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="106"/>
        <source>Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder then runs only the light decoder.

Bands: up to 3, any order (one band is copied to three). Value range: &apos;min,max&apos; scaled to 0..255; empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, one range for every chip). Chip size 0 = the model&apos;s native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. Compute precision: float32 gives the reference predictors&apos; features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock&apos;s Measure (or python -m encoder measure --raster) found its masks close enough to float32&apos;s on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), or a downloaded model&apos;s name; without a GPU, mobile_sam encodes about six times faster than ViT-B.

Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer&apos;s deepest zoom; a finer one is done, with a warning) over Extent, into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. An interrupted fetch resumes.

The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 for four workers on this machine, encodes on a cluster.</source>
        <translation>Exécute l'encodeur d'image de Segment Anything (SAM, SAM 2, SAM 3 ou MobileSAM) sur un raster géoréférencé, tuile par tuile, et écrit un dossier de caractéristiques (manifest.parquet + features/chip_NNNNNN.pt). La segmentation depuis ce dossier n'exécute ensuite que le décodeur léger.

Bandes : jusqu'à 3, dans n'importe quel ordre (une bande seule est copiée trois fois). Plage de valeurs : « min,max » ramené à 0..255 ; vide = automatique (le 8 bits passe tel quel, les autres types utilisent les 2e–98e centiles de tout le raster, une seule plage pour toutes les tuiles). Taille de tuile 0 = la taille native du modèle (1024 px ; 1008 pour SAM 3, 256 pour LiteMedSAM) ; pas 0 = une demi-tuile. Relancer avec les mêmes réglages reprend un encodage interrompu ; d'autres réglages dans un dossier déjà utilisé sont refusés. Précision de calcul : float32 donne les caractéristiques des prédicteurs de référence ; bfloat16 fonctionne sur GPU et, dans OpenVINO, sur les CPU avec AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids et plus récents, AMD Zen 4 et plus récents ; voir docs/performance.md) et est lent sur les autres CPU ; float16 nécessite un GPU ; int8 fonctionne sur un CPU dans OpenVINO, dès que Mesurer (dans le panneau, ou python -m encoder measure --raster) a trouvé ses masques assez proches de ceux de float32 sur votre checkpoint et vos images. Sur un CPU, une précision qui a échoué à ce contrôle de justesse est refusée. Le checkpoint est un fichier SAM, SAM 2, SAM 3 ou MobileSAM (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...) ou le nom d'un modèle téléchargé ; sans GPU, mobile_sam encode environ six fois plus vite que ViT-B.

Les couches web (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) sont récupérées par QGIS, avec ses réglages de proxy et d'authentification, à la taille de pixel choisie (0 = la plus fine que sert la couche : le zoom le plus fin d'une couche XYZ / WMTS ; une plus fine est faite, avec un avertissement) sur l'emprise, dans le dossier de caractéristiques ; le nombre de tuiles et la taille à télécharger sont annoncés d'abord, et les demandes de plus de 4000 tuiles sont refusées. Une récupération interrompue reprend.

Le checkpoint est d'abord le dernier choisi dans le panneau GeoSAM. Adresse du planificateur Dask (avancé) : tcp://hote:8786, ou local:4 pour quatre workers sur cette machine, encode sur un cluster.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="58"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>{0} chargé : {1} tuile(s), modèle {2}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="60"/>
        <source>Loading {0}: the model and its decoder</source>
        <translation>Chargement de {0} : le modèle et son décodeur</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="69"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>Mode direct sur {0} : le premier clic dans une zone encode sa tuile ({1}, quelques secondes), les clics suivants à proximité sont immédiats.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="74"/>
        <source>Loading {0} for live mode</source>
        <translation>Chargement de {0} pour le mode direct</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="109"/>
        <source>Could not open {0}: {1}</source>
        <translation>Impossible d'ouvrir {0} : {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · tuiles de {4} px · en direct sur {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · tuiles de {4} px · dossier {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="158"/>
        <source> · LiteMedSAM: drag a box around each object (a click alone gives a small speck)</source>
        <translation> · LiteMedSAM : tracez un rectangle autour de chaque objet (un clic seul donne une petite tache)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="167"/>
        <source>CPU, {0} threads</source>
        <translation>CPU, {0} threads</translation>
    </message>
</context>
<context>
    <name>ExportTrainingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="39"/>
        <source>Export training data</source>
        <translation>Exporter des données d'entraînement</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="42"/>
        <source>Encode</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="48"/>
        <source>Cuts a raster into image chips that hold the polygons&apos; objects, and writes their labels the way trainers read them: GeoTIFF chips (georeferenced) and PNG or JPEG copies, COCO instances (annotations/instances_train.json and _val.json; objects with holes as RLE), YOLO segmentation labels with a data.yaml, and per-chip masks (class ids and object ids). Classes come from the class field (empty: one class, &apos;object&apos;).

Objects cut by a chip&apos;s edge are clipped to it, or skipped; objects under the minimum area (pixels) are left out. Chips go to validation with the given share, drawn with the seed (the same run gives the same split). A web layer (XYZ, WMS, ...) is fetched through QGIS over the polygons&apos; extent at its finest resolution, as Encode raster does. The output folder must be new or empty; nothing is left half-written.</source>
        <translation>Découpe un raster en tuiles d'image qui contiennent les objets des polygones, et écrit leurs étiquettes comme les entraîneurs les lisent : tuiles GeoTIFF (géoréférencées) et copies PNG ou JPEG, instances COCO (annotations/instances_train.json et _val.json ; objets à trous en RLE), étiquettes de segmentation YOLO avec un data.yaml, et masques par tuile (identifiants de classe et d'objet). Les classes viennent du champ de classe (vide : une classe, 'object').

Les objets coupés par un bord de tuile sont découpés ou ignorés ; les objets sous la surface minimale (pixels) sont laissés de côté. Les tuiles vont en validation selon la part donnée, tirées avec la graine (la même exécution donne la même répartition). Une couche web (XYZ, WMS, ...) est récupérée par QGIS sur l'emprise des polygones à sa résolution la plus fine, comme pour Encoder le raster. Le dossier de sortie doit être nouveau ou vide ; rien n'est laissé à moitié écrit.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="60"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="61"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="62"/>
        <source>Class field</source>
        <translation>Champ de classe</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="63"/>
        <source>Chip size, px</source>
        <translation>Taille des tuiles, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="64"/>
        <source>Overlap, px</source>
        <translation>Chevauchement, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="65"/>
        <source>Min. object area, px</source>
        <translation>Surface min. d'un objet, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Objects cut by a chip edge</source>
        <translation>Objets coupés par un bord de tuile</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Clip</source>
        <translation>Découper</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="67"/>
        <source>Validation share</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="68"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="69"/>
        <source>Image format</source>
        <translation>Format d'image</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="70"/>
        <source>Training data folder</source>
        <translation>Dossier des données d'entraînement</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="79"/>
        <source>Choose a raster layer and a polygon layer.</source>
        <translation>Choisissez une couche raster et une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="99"/>
        <source>{0} has no polygons: give a layer with features over the raster.</source>
        <translation>{0} n'a pas de polygones : donnez une couche avec des entités sur le raster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="120"/>
        <source>{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.</source>
        <translation>{0} tuiles d'entraînement et {1} de validation, {2} objets, classes : {3} ; dans {4}.</translation>
    </message>
</context>
<context>
    <name>FollowDatesAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="42"/>
        <source>Follow objects through dates</source>
        <translation>Suivre des objets à travers les dates</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="45"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="51"/>
        <source>Rasters of one place on several dates (a shoreline year by year, a field through a season, before and after a storm) and prompts on one of them: each object&apos;s outline on every date, one feature per object and date, with its date, true area (area_m2) and the change from the previous date (change_m2).

Each raster is encoded once into a feature folder of its own under Feature folders, on the first date&apos;s grid (a later run with the same folders reuses them). With a SAM 2 / 2.1 checkpoint, SAM 2&apos;s memory carries each object from date to date, forwards and backwards from the prompted date: it may move, change shape or vanish (found = 0, no geometry). Other models decode the same prompt on every date (method = same prompt).</source>
        <translation>Des rasters d'un même lieu à plusieurs dates (un rivage année après année, un champ au fil d'une saison, avant et après une tempête) et des invites sur l'une d'elles : le contour de chaque objet à chaque date, une entité par objet et par date, avec sa date, sa surface réelle (area_m2) et le changement depuis la date précédente (change_m2).

Chaque raster est encodé une fois dans son propre dossier de caractéristiques sous Dossiers de caractéristiques, sur la grille de la première date (une exécution ultérieure avec les mêmes dossiers les réutilise). Avec un checkpoint SAM 2 / 2.1, la mémoire de SAM 2 porte chaque objet de date en date, en avant et en arrière depuis la date de l'invite : il peut se déplacer, changer de forme ou disparaître (found = 0, sans géométrie). Les autres modèles décodent la même invite à chaque date (method = same prompt).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="69"/>
        <source>Rasters (one per date)</source>
        <translation>Rasters (un par date)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="70"/>
        <source>Dates (comma-separated; empty: from the files)</source>
        <translation>Dates (séparées par des virgules ; vide : depuis les fichiers)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="71"/>
        <source>Prompts (points, or polygons as boxes)</source>
        <translation>Invites (points, ou polygones comme cadres)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="73"/>
        <source>Object field</source>
        <translation>Champ objet</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="74"/>
        <source>Date field (the date a prompt is on)</source>
        <translation>Champ date (la date d'une invite)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="75"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (fichier ou nom du modèle)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="76"/>
        <source>Feature folders (one per date)</source>
        <translation>Dossiers de caractéristiques (un par date)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="77"/>
        <source>Objects through dates</source>
        <translation>Objets à travers les dates</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="87"/>
        <source>Give at least two rasters, one per date.</source>
        <translation>Donnez au moins deux rasters, un par date.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="90"/>
        <source>Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory).</source>
        <translation>Choisissez un checkpoint (un fichier SAM 2 / 2.1 suit avec sa mémoire).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="99"/>
        <source>Choose a prompt layer (points or polygons).</source>
        <translation>Choisissez une couche d'invites (points ou polygones).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="102"/>
        <source>The prompt layer has no features with a geometry: add a point or a box on one date.</source>
        <translation>La couche d'invites n'a aucune entité avec géométrie : ajoutez un point ou un cadre sur une date.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="110"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Impossible de créer la couche de sortie : vérifiez son chemin et son format.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="116"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>Impossible d'écrire dans {0} : vérifiez le chemin, le format et l'espace disque libre de la sortie.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="118"/>
        <source>{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).</source>
        <translation>{0} objet(s) à travers {1} date(s) : {2} contour(s), {3} date(s) où un objet n'a pas été trouvé ({4}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="133"/>
        <source>No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.</source>
        <translation>Aucune date trouvée pour {0} (ni dans ses métadonnées ni dans son nom) : donnez les dates, une par raster, dans Dates.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="149"/>
        <source>Give at least one raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Donnez au moins un fichier raster parmi les dates : les couches web sont récupérées sur son emprise, sur sa grille.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="155"/>
        <source>{0} is a web layer: fetching it over {1}&apos;s extent.</source>
        <translation>{0} est une couche web : récupération sur l'emprise de {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="59"/>
        <source>Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file&apos;s acquisition date from its metadata, else a date in its name, else the list&apos;s order. Prompts: a point layer (clicks) or a polygon layer (each polygon&apos;s bounding box is a box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place in date order; empty: the earliest): an object&apos;s prompts on the date of its first feature start it, those on other dates correct it there. A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file&apos;s extent, on its grid, into Feature folders (its date from its name, e.g. Esri Wayback&apos;s, where Dates is empty).</source>
        <translation>Dates : une par raster, séparées par des virgules (AAAA-MM-JJ) ; vide : la date d'acquisition de chaque fichier selon ses métadonnées, sinon une date dans son nom, sinon l'ordre de la liste. Invites : une couche de points (clics) ou de polygones (l'emprise de chaque polygone est un cadre) ; le champ objet regroupe plusieurs clics en un objet ; le champ date nomme la date d'une invite (une date, ou sa place dans l'ordre des dates ; vide : la plus ancienne) : les invites d'un objet à la date de sa première entité le lancent, celles d'autres dates le corrigent là. Une couche web (XYZ, WMS, WMTS, ...) comme date est récupérée via QGIS sur l'emprise du fichier raster le plus ancien, sur sa grille, dans les dossiers de caractéristiques (sa date tirée de son nom, p. ex. celui d'Esri Wayback, si Dates est vide).</translation>
    </message>
</context>
<context>
    <name>FollowedDates</name>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="222"/>
        <source>Add at least two rasters of the same place, one per date.</source>
        <translation>Ajoutez au moins deux rasters du même lieu, un par date.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="96"/>
        <source>The dates are being encoded or followed: wait for it, or cancel it in the task manager.</source>
        <translation>Les dates sont en cours d'encodage ou de suivi : attendez, ou annulez dans le gestionnaire de tâches.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="235"/>
        <source>Encoding the dates was cancelled: Encode dates… again resumes it.</source>
        <translation>L'encodage des dates a été annulé : Encoder les dates… le reprend.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="242"/>
        <source>{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.</source>
        <translation>{0} dates encodées dans {1} : dessinez l'objet sur une date avec l'outil Segmenter, puis Suivre.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="245"/>
        <source>Encoding {0} dates</source>
        <translation>Encodage de {0} dates</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="325"/>
        <source>Add two or more rasters of one place, then Encode dates…</source>
        <translation>Ajoutez deux rasters ou plus d'un même lieu, puis Encoder les dates…</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="327"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} sur {2})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="331"/>
        <source>the object is not there on this date</source>
        <translation>l'objet n'est pas là à cette date</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="332"/>
        <source>{0:,.0f} m²</source>
        <translation>{0:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="334"/>
        <source>{0:+,.0f} m² since the date before</source>
        <translation>{0:+,.0f} m² depuis la date précédente</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="344"/>
        <source>Encode the dates first (Encode dates…).</source>
        <translation>Encodez d'abord les dates (Encoder les dates…).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="347"/>
        <source>Draw the object on the date shown first: a click on it or a box around it (Segment tool).</source>
        <translation>Dessinez d'abord l'objet sur la date affichée : un clic dessus ou un rectangle autour (outil Segmenter).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="354"/>
        <source>The map&apos;s CRS changed since the object was started: New object, then draw it again.</source>
        <translation>Le SCR de la carte a changé depuis le début de l'objet : Nouvel objet, puis redessinez-le.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="376"/>
        <source>Following was cancelled.</source>
        <translation>Le suivi a été annulé.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="382"/>
        <source>The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.</source>
        <translation>L'objet sur {0} des {1} dates ({2}) : déplacez le curseur pour voir chacune ; une invite sur une autre date le corrige là ; S enregistre toutes les dates.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following the object through {0} dates</source>
        <translation>Suivi de l'objet sur {0} dates</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following again from {0} correction(s)</source>
        <translation>Nouveau suivi depuis {0} correction(s)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="109"/>
        <source>Choose a raster layer in the Raster box (2. Source) first.</source>
        <translation>Choisissez d'abord une couche raster dans la liste Raster (2. Source).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="134"/>
        <source>{0} is in the list already.</source>
        <translation>{0} est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="126"/>
        <source>{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.</source>
        <translation>{0} n'est pas un raster lisible par QGIS : choisissez un GeoTIFF ou un autre fichier raster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="262"/>
        <source>Add a raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Ajoutez un fichier raster parmi les dates : les couches web sont téléchargées sur son emprise, sur sa grille.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).</source>
        <translation>{0} n'a pas de date dans son nom : double-cliquez sur sa date dans la liste et saisissez-la (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} is no longer in the project: add it again, or remove its row.</source>
        <translation>{0} n'est plus dans le projet : ajoutez-la de nouveau, ou retirez sa ligne.</translation>
    </message>
</context>
<context>
    <name>GeoSamAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Cannot write a polygon into {0}: {1}. Check the output&apos;s path, format and free disk space.</source>
        <translation>Impossible d'écrire un polygone dans {0} : {1}. Vérifiez le chemin, le format et l'espace disque libre de la sortie.</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="38"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>Le point de contrôle avec lequel ce dossier a été encodé</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>Points de contrôle (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>New output layer</source>
        <translation>Nouvelle couche de sortie</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>Dossier de caractéristiques pour l'encodage (vide ou nouveau, ou le même encodage pour reprendre)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="96"/>
        <source>GeoSAM</source>
        <translation>GeoSAM</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="104"/>
        <source>1. Model</source>
        <translation>1. Modèle</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="109"/>
        <source>For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded.</source>
        <translation>Pour l'encodage et le mode direct. Un dossier de caractéristiques indique son propre point de contrôle ; il s'affiche ici une fois chargé.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="122"/>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="161"/>
        <source>Recently loaded feature folders</source>
        <translation>Dossiers de caractéristiques chargés récemment</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="163"/>
        <source>Feature folder</source>
        <translation>Dossier de caractéristiques</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Load folder</source>
        <translation>Charger le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Encode raster…</source>
        <translation>Encoder le raster…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>Encoder le raster choisi ci-dessus dans un dossier de caractéristiques, en tâche de fond, puis le charger.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="176"/>
        <source>Segment raster live</source>
        <translation>Segmenter le raster en direct</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="177"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>Sans dossier de caractéristiques : le premier clic dans une zone encode sa tuile (quelques secondes), les clics suivants à proximité sont immédiats.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="203"/>
        <source>3. Prompts</source>
        <translation>3. Invites</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>Clic gauche : objet · clic droit : fond · glisser : rectangle · S : enregistrer · Ctrl+Z / Ctrl+Y · Échap : effacer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="209"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="211"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="212"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="213"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="235"/>
        <source>4. Output</source>
        <translation>4. Sortie</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="240"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="242"/>
        <source>New scratch</source>
        <translation>Nouvelle couche temporaire</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="243"/>
        <source>New GeoPackage…</source>
        <translation>Nouveau GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="244"/>
        <source>New Shapefile…</source>
        <translation>Nouveau Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="245"/>
        <source>Save (S)</source>
        <translation>Enregistrer (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="246"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>Dans le tampon d'édition de la couche quand elle est en mode édition (l'annulation de QGIS le reprend), sinon directement dans son fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="255"/>
        <source>5. Options</source>
        <translation>5. Options</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="276"/>
        <source>Largest polygon only</source>
        <translation>Seulement le plus grand polygone</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="291"/>
        <source>Result colour</source>
        <translation>Couleur du résultat</translation>
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
        <translation>Choisissez d'abord un dossier de caractéristiques (ou encodez-y un raster).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="312"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>Choisissez une couche raster (2. Source) et un point de contrôle (1. Modèle) pour le mode direct.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Un encodage est déjà en cours : attendez qu'il se termine, ou annulez-le dans le gestionnaire de tâches (en bas à droite).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="331"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>Choisissez d'abord le raster à encoder dans la case Raster (2. Source).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="337"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>Choisissez d'abord le point de contrôle SAM / SAM 2 (1. Modèle).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="584"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>Rien n'est chargé : chargez un dossier de caractéristiques, ou encodez un raster ou segmentez-le en direct.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="155"/>
        <source>2. Source</source>
        <translation>2. Source</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Show chips</source>
        <translation>Afficher les tuiles</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>Dessiner l'emprise des tuiles sur la carte (en mode direct : les tuiles encodées jusqu'ici).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="278"/>
        <source>Min. area (units²)</source>
        <translation>Surface min. (unités²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="279"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>Surface minimale d'un polygone, en unités carrées du SCR du dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="280"/>
        <source>Simplify</source>
        <translation>Simplifier</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="281"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>Tolérance de simplification, en unités du SCR du dossier (0 : aucune).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="111"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>Points de contrôle officiels SAM / SAM 2 (et ceux de votre catalogue) : choisissez-en un téléchargé, ou téléchargez-le.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="114"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Automatic (GPU if any)</source>
        <translation>Automatique (GPU s'il y en a un)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CPU</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="127"/>
        <source>Where encoding and live mode run; the line at the top says which device is in use.</source>
        <translation>Où s'exécutent l'encodage et le mode direct ; la ligne du haut indique l'appareil utilisé.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="129"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="185"/>
        <source>(a checkpoint file)</source>
        <translation>(un fichier de point de contrôle)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>{0} (downloaded)</source>
        <translation>{0} (téléchargé)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="190"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} Mo)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="207"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="245"/>
        <source>Downloading {0}</source>
        <translation>Téléchargement de {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="223"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>Texte (dossiers SAM 3) : bâtiment</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="224"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>Trouve chaque occurrence d'un concept dans le dossier SAM 3 chargé ; avec un rectangle tracé sur la carte, les objets semblables à celui encadré (le texte peut alors être vide). Les polygones vont dans une nouvelle couche.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Find all</source>
        <translation>Tout trouver</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="287"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>Invites textuelles : le score minimal conservé.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="288"/>
        <source>Text score threshold</source>
        <translation>Seuil de score du texte</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="372"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) first.</source>
        <translation>Choisissez d'abord une couche raster (2. Source) et un checkpoint (1. Modèle).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="182"/>
        <source>Encode from view…</source>
        <translation>Encoder depuis la vue…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="183"/>
        <source>Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue.</source>
        <translation>Encode le raster dans un dossier de caractéristiques en arrière-plan, les tuiles de la vue d'abord, et segmente tout de suite : un clic sur une tuile pas encore prête l'encode en premier. Déplacer la carte réordonne la file.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="184"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>Pause the background encode (a click still encodes its chip); press again to resume.</source>
        <translation>Met en pause l'encodage en arrière-plan (un clic encode quand même sa tuile) ; appuyez à nouveau pour reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="363"/>
        <source>{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.</source>
        <translation>{0} n'est pas un fichier : utilisez Encoder depuis la vue… (l'emprise de la vue à la résolution de la carte), ou Encoder le raster de Processing avec une résolution et une emprise.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="192"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source> chips</source>
        <translation> tuiles</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip).</source>
        <translation>Encoder depuis la vue… : au plus ce nombre de tuiles en arrière-plan, les plus proches de la vue d'abord (un clic encode toujours sa tuile).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="348"/>
        <source>Cannot encode into {0}: {1}</source>
        <translation>Impossible d'encoder dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>Loading… (prompts made now are answered when it is ready)</source>
        <translation>Chargement… (les invites faites maintenant reçoivent leur réponse dès que c'est prêt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="71"/>
        <source>Cannot create the folder {0}: {1}. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier {0} : {1}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="558"/>
        <source>{0}: {1}%</source>
        <translation>{0} : {1} %</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Save {0} (S)</source>
        <translation>Enregistrer {0} (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Keep each result</source>
        <translation>Garder chaque résultat</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result.</source>
        <translation>Activé : un rectangle tracé après un résultat commence l'objet suivant ; les objets terminés attendent, en tirets, que S les enregistre tous. Échap retire le dernier. Désactivé : un nouveau rectangle remplace le résultat.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>As traced</source>
        <translation>Tel que tracé</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Natural</source>
        <translation>Naturel</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="264"/>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="265"/>
        <source>Buildings: no overlaps</source>
        <translation>Bâtiments : sans chevauchement</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="266"/>
        <source>With the Buildings outline, a building saved is cut where it overlaps the output layer&apos;s features (or the others saved with it).</source>
        <translation>Avec le contour Bâtiments, un bâtiment enregistré est coupé là où il chevauche les entités de la couche de sortie (ou les autres enregistrés avec lui).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="263"/>
        <source>The outline&apos;s shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer&apos;s buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask&apos;s pixel edges.</source>
        <translation>La forme du contour, dans l'aperçu et dans ce que S enregistre. Bâtiments : murs droits à angle droit (avec Bâtiments : sans chevauchement, coupés par les bâtiments de la couche). Champs : bords droits à tout angle. Naturel : lisse, même surface. Tel que tracé : les bords des pixels du masque.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float32 (reference)</source>
        <translation>float32 (référence)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float16 (GPU)</source>
        <translation>float16 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="141"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="143"/>
        <source>Time one chip of this checkpoint&apos;s encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background).</source>
        <translation>Chronométrer une tuile de l'encodeur de ce checkpoint dans chaque précision sur cette machine, et comparer bfloat16 et int8 à float32 sur des tuiles du raster Source (en arrière-plan).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="139"/>
        <source>What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster).</source>
        <translation>Ce dans quoi calculent « Encoder le raster… » et le mode direct. float32 donne les caractéristiques des prédicteurs de référence. Sur un CPU, bfloat16 et int8 tournent dans OpenVINO, vérifiés par le contrôle de justesse de Mesurer sur votre checkpoint et votre raster (masques comparés à ceux de float32) : bfloat16 est grisé là où il a échoué, int8 est proposé une fois réussi (il est calibré sur ce raster).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>A raster of the same place on another date</source>
        <translation>Un raster du même lieu à une autre date</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="439"/>
        <source>Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory.</source>
        <translation>Choisissez d'abord le checkpoint (1. Modèle) : un SAM 2 / 2.1 suit avec sa mémoire.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>typed</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s name</source>
        <translation>du nom du fichier</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s metadata ({0})</source>
        <translation>des métadonnées du fichier ({0})</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="296"/>
        <source>6. Dates</source>
        <translation>6. Dates</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="299"/>
        <source>One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date.</source>
        <translation>Un objet au fil des dates : ajoutez les rasters, Encoder les dates…, dessinez l'objet sur une date, Suivre. Une invite sur une autre date le corrige là ; S enregistre toutes les dates.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="307"/>
        <source>The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list&apos;s order.</source>
        <translation>La date selon le fichier (ses métadonnées d'acquisition, sinon son nom) ; double-cliquez pour en saisir une autre (AAAA-MM-JJ). Aucune : l'ordre de la liste.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="310"/>
        <source>Add layer</source>
        <translation>Ajouter la couche</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="311"/>
        <source>Add the Raster box&apos;s layer (2. Source) as a date.</source>
        <translation>Ajouter la couche de la liste Raster (2. Source) comme date.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="312"/>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="313"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="314"/>
        <source>Encode dates…</source>
        <translation>Encoder les dates…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="315"/>
        <source>Each date into a feature folder of its own under a folder you choose, on the first date&apos;s grid (in the background; a date encoded before is not encoded again).</source>
        <translation>Chaque date dans un dossier de caractéristiques à elle, sous un dossier de votre choix, sur la grille de la première date (en arrière-plan ; une date déjà encodée ne l'est pas à nouveau).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="322"/>
        <source>The date shown: its raster, the object&apos;s outline there, and the folder the Segment tool answers from.</source>
        <translation>La date affichée : son raster, le contour de l'objet à cette date et le dossier d'où répond l'outil Segmenter.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="328"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="329"/>
        <source>Follow the object drawn on the date shown through every date (SAM 2&apos;s memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there.</source>
        <translation>Suivre l'objet dessiné sur la date affichée à travers toutes les dates (la mémoire de SAM 2 ; autres modèles : la même invite à chaque date). Sur une autre date que la première, l'invite corrige l'objet là.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="330"/>
        <source>New object</source>
        <translation>Nouvel objet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>the list&apos;s order (no file has a date)</source>
        <translation>l'ordre de la liste (aucun fichier n'a de date)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Intel GPU (OpenVINO) {0}</source>
        <translation>GPU Intel (OpenVINO) {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the layer&apos;s name</source>
        <translation>du nom de la couche</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="98"/>
        <source>GeoSAM segmentation dock</source>
        <translation>Panneau de segmentation GeoSAM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Encode raster (Processing)…</source>
        <translation>Encoder un raster (Traitements)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>Segmenter à partir de couches d'invites (Traitements)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment everything (Processing)…</source>
        <translation>Tout segmenter (Traitements)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="149"/>
        <source>{0} failed: {1}</source>
        <translation>{0} a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="165"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>Impossible d'ouvrir le panneau GeoSAM : {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="190"/>
        <source>The installer could not start: {0}</source>
        <translation>L'installateur n'a pas pu démarrer : {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>About GeoSAM and its documentation…</source>
        <translation>À propos de GeoSAM et sa documentation…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Could not open a web browser: GeoSAM&apos;s documentation is at {0}</source>
        <translation>Impossible d'ouvrir un navigateur web : la documentation de GeoSAM est à l'adresse {0}</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../ui/install_dialog.py" line="46"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="47"/>
        <source>CPU only</source>
        <translation>Processeur seul</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="48"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="51"/>
        <source>torch build</source>
        <translation>Version de torch</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="55"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>Hors ligne : un dossier créé par 'python3 geo_sam_plugin/install/python_env.py bundle' sur une machine avec Internet.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="56"/>
        <source>From a folder of wheels (offline)</source>
        <translation>Depuis un dossier de wheels (hors ligne)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="188"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="136"/>
        <source>as given</source>
        <translation>tel que donné</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="143"/>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="30"/>
        <source>GeoSAM: the runtime</source>
        <translation>GeoSAM : l'environnement d'exécution</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="112"/>
        <source>{0}
GeoSAM&apos;s engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS&apos;s Python into {1}; nothing QGIS itself uses is changed.
{2}</source>
        <translation>{0}
Le moteur de GeoSAM (torch, Segment Anything) s'exécute dans son propre environnement Python, construit à partir du Python de QGIS dans {1} ; rien de ce qu'utilise QGIS n'est modifié.
{2}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="67"/>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="203"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="90"/>
        <source>Checking this machine's NVIDIA driver…</source>
        <translation>Vérification du pilote NVIDIA de cette machine…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="37"/>
        <source>measuring…</source>
        <translation>mesure en cours…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="68"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="69"/>
        <source>Install only what this GeoSAM version needs and the runtime lacks (the same torch build)</source>
        <translation>N'installer que ce dont cette version de GeoSAM a besoin et qui manque à l'environnement (la même version de torch)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="105"/>
        <source> (built for GeoSAM {0})</source>
        <translation> (construit pour GeoSAM {0})</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="106"/>
        <source>GeoSAM&apos;s runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.
Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).
{5}</source>
        <translation>L'environnement d'exécution de GeoSAM est installé dans {0}{1} : {2}, {3} sur le disque ; son Python : {4}.
Mettre à jour installe seulement ce dont cette version de GeoSAM a besoin ; Réparer le reconstruit ; Supprimer l'efface (désinstaller l'extension ne le fait pas).
{5}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="133"/>
        <source>Repair installs: </source>
        <translation>Réparer installe : </translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="147"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Remove GeoSAM&apos;s runtime?</source>
        <translation>Supprimer l'environnement d'exécution de GeoSAM ?</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Delete GeoSAM&apos;s runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? GeoSAM cannot encode or segment until it is installed again.</source>
        <translation>Effacer l'environnement d'exécution de GeoSAM dans {0} ({1}) et le Python à partir duquel il a été construit, si GeoSAM l'a téléchargé ? GeoSAM ne pourra plus encoder ni segmenter avant d'être réinstallé.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="185"/>
        <source> Also removed: {0}.</source>
        <translation> Également supprimé : {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="186"/>
        <source> Left in place: the models folder {0}.</source>
        <translation> Laissé en place : le dossier des modèles {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="187"/>
        <source>GeoSAM&apos;s runtime was removed from {0}.{1}{2}</source>
        <translation>L'environnement d'exécution de GeoSAM a été supprimé de {0}.{1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureTask</name>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="47"/>
        <source>float16 needs a CUDA GPU.</source>
        <translation>float16 nécessite un GPU CUDA.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="49"/>
        <source>int8 runs on the CPU only.</source>
        <translation>int8 ne tourne que sur le CPU.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="51"/>
        <source>Measure with a raster in Source first: int8 is calibrated on it and checked against float32.</source>
        <translation>Mesurez d'abord avec un raster dans Source : int8 y est calibré et comparé à float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="57"/>
        <source>Failed the accuracy gate: {0}</source>
        <translation>Échec du contrôle de justesse : {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="44"/>
        <source>An Intel GPU computes in float32, float16 or int8.</source>
        <translation>Un GPU Intel calcule en float32, float16 ou int8.</translation>
    </message>
</context>
<context>
    <name>OutputLayers</name>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="41"/>
        <source>QGIS could not add the layer {0}: {1}.</source>
        <translation>QGIS n'a pas pu ajouter la couche {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="60"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>Impossible de créer {0} : {1}. Choisissez un autre fichier ou dossier.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="80"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>Rien à enregistrer : cliquez d'abord sur un objet.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="84"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>Choisissez (ou créez) une couche de polygones de sortie avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="87"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} n'est pas une couche de polygones : choisissez une autre couche de sortie.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="132"/>
        <source>Could not transform a polygon into {0}&apos;s CRS ({1}): nothing was saved.</source>
        <translation>Impossible de transformer un polygone dans le SCR de {0} ({1}) : rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="104"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0} (dans son tampon d'édition : enregistrez ou annulez les modifications de la couche comme d'habitude)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>Impossible d'enregistrer dans {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>the layer is read-only</source>
        <translation>la couche est en lecture seule</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="114"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>{0} polygone(s) enregistré(s) dans {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="119"/>
        <source>The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).</source>
        <translation>La couche n'a pas de champ(s) {0} : ces valeurs n'ont pas été enregistrées (une nouvelle couche créée depuis le panneau les a).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="78"/>
        <source>Nothing to save: drag a box around an object first.</source>
        <translation>Rien à enregistrer : tracez d'abord un rectangle autour d'un objet.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="94"/>
        <source>Nothing new to save: the outline lies within {0}&apos;s existing features.</source>
        <translation>Rien de nouveau à enregistrer : le contour est dans les entités existantes de {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="116"/>
        <source>{0} lay within existing features and were not saved.</source>
        <translation>{0} se trouvaient dans des entités existantes et n'ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>Prompting</name>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="101"/>
        <source>Load a feature folder first.</source>
        <translation>Chargez d'abord un dossier de caractéristiques.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="178"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>Segmentation (le premier clic dans une zone encode sa tuile)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="206"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>Rien trouvé à cet endroit : aucun masque retenu (essayez un autre point ou un rectangle).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="213"/>
        <source>Encoding this area… (click to encode it first)</source>
        <translation>Encodage de cette zone… (cliquez pour l'encoder en premier)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="72"/>
        <source>{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).</source>
        <translation>{0} résultat(s) non enregistré(s) abandonné(s) : un autre dossier ou SCR de carte repart de zéro (enregistrez avant de changer).</translation>
    </message>
</context>
<context>
    <name>RegularizeAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="35"/>
        <source>Regularize outlines</source>
        <translation>Régulariser les contours</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="38"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="44"/>
        <source>Makes traced outlines (a mask&apos;s pixel staircase, from GeoSAM or any tool) usable as they come.

Buildings: straight walls at right angles (or at 45 degrees), fitted to the traced outline so the footprint is kept; notches smaller than Smallest notch are merged; buildings closer than Neighbour gap at about the same angle keep one shared wall, with no overlap and no gap. Fields: straight edges at any angle, the area kept. Natural: smooth, the area kept (lakes, forests, landslides). Holes smaller than Fill holes are filled.

Tolerance, Smallest notch and Neighbour gap are in the layer&apos;s CRS units (metres for a geographic CRS; 0 = twice the tolerance); about 1.5 times the imagery&apos;s pixel size suits a traced mask. Every field is kept.</source>
        <translation>Rend utilisables tels quels des contours tracés (l'escalier de pixels d'un masque, de GeoSAM ou d'un autre outil).

Bâtiments : murs droits à angle droit (ou à 45 degrés), ajustés au contour tracé pour garder l'emprise ; les décrochements plus petits que le plus petit décrochement sont fusionnés ; les bâtiments plus proches que l'écart aux voisins et à peu près au même angle gardent un mur mitoyen, sans chevauchement ni vide. Champs : bords droits à tout angle, la surface gardée. Naturel : lisse, la surface gardée (lacs, forêts, glissements). Les trous plus petits que la surface de remplissage sont bouchés.

La tolérance, le plus petit décrochement et l'écart aux voisins sont dans les unités du SCR de la couche (mètres pour un SCR géographique ; 0 = deux fois la tolérance) ; environ 1,5 fois la taille de pixel de l'image convient à un masque tracé. Tous les champs sont gardés.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="59"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Natural</source>
        <translation>Naturel</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="61"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>Building angles</source>
        <translation>Angles des bâtiments</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>90 degrees</source>
        <translation>90 degrés</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>45 degrees</source>
        <translation>45 degrés</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="63"/>
        <source>Smallest notch (0 = auto)</source>
        <translation>Plus petit décrochement (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="64"/>
        <source>Neighbour gap (0 = auto)</source>
        <translation>Écart aux voisins (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="65"/>
        <source>Fill holes under (area)</source>
        <translation>Boucher les trous sous (surface)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="66"/>
        <source>Regularized</source>
        <translation>Régularisés</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="73"/>
        <source>Choose a polygon layer to regularize.</source>
        <translation>Choisissez une couche de polygones à régulariser.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="76"/>
        <source>Give a tolerance above 0 (about 1.5 times the imagery&apos;s pixel size).</source>
        <translation>Donnez une tolérance supérieure à 0 (environ 1,5 fois la taille de pixel de l'image).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="88"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Impossible de créer la couche de sortie : vérifiez son chemin et son format.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="111"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>Impossible d'écrire dans {0} : vérifiez le chemin, le format et l'espace disque libre de la sortie.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="114"/>
        <source>{0} outlines regularized ({1}).</source>
        <translation>{0} contours régularisés ({1}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="52"/>
        <source>Fill holes is an area in the layer&apos;s units (square metres for a geographic CRS). Z and M values are dropped and curves made straight. Outlines are sent to GeoSAM&apos;s engine 5,000 at a time, west to east: neighbours share walls within those. GeoSAM&apos;s own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out.</source>
        <translation>Boucher les trous est une surface dans les unités de la couche (mètres carrés pour un SCR géographique). Les valeurs Z et M sont retirées et les courbes rendues droites. Les contours sont envoyés au moteur de GeoSAM par 5 000, d'ouest en est : les voisins partagent leurs murs au sein de ces lots. Les champs propres à GeoSAM (area_m2, perimeter_m, style) sont mis à jour pour les nouveaux contours ; les entités sans géométrie sont laissées de côté.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="106"/>
        <source>GeoSAM: object through dates</source>
        <translation>GeoSAM : objet au fil des dates</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="229"/>
        <source>Segment everything</source>
        <translation>Tout segmenter</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="239"/>
        <source>Feature folder</source>
        <translation>Dossier de caractéristiques</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="240"/>
        <source>Extent (default: every chip)</source>
        <translation>Emprise (par défaut : toutes les tuiles)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="241"/>
        <source>Points per chip side</source>
        <translation>Points par côté de tuile</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="242"/>
        <source>Predicted IoU threshold</source>
        <translation>Seuil d'IoU prédit</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="243"/>
        <source>Stability score threshold</source>
        <translation>Seuil de stabilité</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="247"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="232"/>
        <source>Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each giving SAM&apos;s three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one.</source>
        <translation>Masques automatiques sur chaque tuile d'un dossier de caractéristiques (ou d'une emprise) : une grille de points par tuile, chacun donnant les trois masques de SAM, gardés quand l'IoU prédit et le score de stabilité atteignent leurs seuils. Les polygones trouvés deux fois là où les tuiles se chevauchent (ou par des points voisins) sont éliminés par IoU, en gardant le mieux noté.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="267"/>
        <source>{0} polygons.</source>
        <translation>{0} polygones.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="269"/>
        <source>, area &gt;= {0:g}</source>
        <translation>, surface &gt;= {0:g}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="270"/>
        <source>0 polygons: no mask passed the thresholds (predicted IoU &gt;= {0:g}, stability &gt;= {1:g}{2}). Lower them, or add points per chip side.</source>
        <translation>0 polygone : aucun masque n'a atteint les seuils (IoU prédit &gt;= {0:g}, stabilité &gt;= {1:g}{2}). Abaissez-les, ou ajoutez des points par côté de tuile.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="244"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Aire min. des polygones (unités du SCR²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="246"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (par défaut : celui du dossier)</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="124"/>
        <source>Segment from prompt layers</source>
        <translation>Segmenter à partir de couches d'invites</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="140"/>
        <source>Feature folder</source>
        <translation>Dossier de caractéristiques</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="141"/>
        <source>Point prompts</source>
        <translation>Invites ponctuelles</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="142"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>Champ d'étiquette (1 objet, 0 fond)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="143"/>
        <source>Group field (one object per group)</source>
        <translation>Champ de groupe (un objet par groupe)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="144"/>
        <source>Box prompts</source>
        <translation>Invites rectangulaires</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="150"/>
        <source>Segmented polygons</source>
        <translation>Polygones segmentés</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.</source>
        <translation>{0} objet(s) ignoré(s) avec seulement des points d'arrière-plan (étiquette 0) et sans rectangle : un point d'arrière-plan ne fait qu'affiner un objet.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="218"/>
        <source>{0} polygons from {1} prompt objects.</source>
        <translation>{0} polygones à partir de {1} objets.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="145"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Aire min. des polygones (unités du SCR²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="146"/>
        <source>Largest polygon of each object only</source>
        <translation>Seulement le plus grand polygone de chaque objet</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="147"/>
        <source>Simplify (CRS units, 0 = none)</source>
        <translation>Simplifier (unités du SCR, 0 = aucune)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="149"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (par défaut : celui du dossier)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="127"/>
        <source>Turns point and box prompts into polygons with a feature folder made by &apos;Encode raster&apos;. Only SAM&apos;s light decoder runs.

Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon&apos;s bounding box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. Min. polygon area and Simplify are in the folder&apos;s CRS units.

Outline: As traced (the mask&apos;s pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural (smooth, the same area), as in the dock. Buildings segmented one by one share walls when &apos;Regularize outlines&apos; runs on them together.</source>
        <translation>Transforme des points et des rectangles en polygones, avec un dossier de caractéristiques créé par 'Encoder le raster'. Seul le décodeur léger de SAM s'exécute.

Points : champ d'étiquette 1 = premier plan, 0 = arrière-plan (champ absent : tout au premier plan). Sans champ de groupe, chaque point est un objet ; avec un, les points (et rectangles) qui partagent une valeur de groupe forment un objet. Rectangles : le rectangle englobant de chaque polygone est un objet, combiné avec les points de son groupe. Les couches d'invites peuvent être dans n'importe quel SCR. Les objets plus grands qu'une tuile sont suivis dans les tuiles voisines et fusionnés. Sortie : une entité par polygone avec score (IoU prédite), area_m2 et perimeter_m (vrais, sur l'ellipsoïde), nombres de points, rectangle utilisé, invite, contour, tuiles, modèle, checkpoint, source et heure. Surface min. et Simplifier sont dans les unités du SCR du dossier.

Contour : Tel que tracé (les bords des pixels du masque), Bâtiments (murs droits à angle droit), Champs (bords droits) ou Naturel (lisse, même surface), comme dans le panneau. Des bâtiments segmentés un par un partagent leurs murs quand 'Régulariser les contours' s'exécute sur eux ensemble.</translation>
    </message>
</context>
<context>
    <name>SegmentTextAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="282"/>
        <source>Segment by text (SAM 3)</source>
        <translation>Segmenter par texte (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="295"/>
        <source>Feature folder (SAM 3)</source>
        <translation>Dossier de caractéristiques (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="296"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>Invite textuelle (un court groupe nominal)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="305"/>
        <source>Score threshold</source>
        <translation>Seuil de score</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="306"/>
        <source>Extent (default: every chip)</source>
        <translation>Emprise (par défaut : toutes les tuiles)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="310"/>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="285"/>
        <source>Finds every instance of a concept (&apos;building&apos;, &apos;field&apos;, &apos;lake&apos;) in a feature folder encoded with SAM 3 (sam3.pt), or in the chips touching an extent. SAM 3&apos;s grounding runs on each chip&apos;s cached features; detections scoring at least the threshold become polygons with &apos;concept&apos; and &apos;score&apos; attributes, and the same object found on overlapping chips is kept once (the best-scored). No match gives an empty layer and a message. SAM and SAM 2 folders do not read text.

Example boxes (&apos;more like this one&apos;): polygons drawn around one or a few examples, all within one chip; the text may then be empty. A label field with 0 marks an example of what not to find.</source>
        <translation>Trouve chaque occurrence d'un concept (« building », « field », « lake ») dans un dossier de caractéristiques encodé avec SAM 3 (sam3.pt), ou dans les tuiles qui touchent une emprise. Le grounding de SAM 3 s'exécute sur les caractéristiques enregistrées de chaque tuile ; les détections dont le score atteint le seuil deviennent des polygones avec les attributs « concept » et « score », et le même objet trouvé sur des tuiles qui se chevauchent n'est gardé qu'une fois (le mieux noté). Aucune correspondance donne une couche vide et un message. Les dossiers SAM et SAM 2 ne lisent pas de texte.

Rectangles d'exemple (« plus comme celui-ci ») : des polygones tracés autour d'un ou de quelques exemples, tous dans une même tuile ; le texte peut alors être vide. Un champ d'étiquette à 0 marque un exemple de ce qu'il ne faut pas trouver.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="342"/>
        <source>{0} &apos;{1}&apos; polygons.</source>
        <translation>{0} polygones « {1} ».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="344"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.</source>
        <translation>Aucun « {0} » trouvé avec un score de {1:g} ou plus : la couche est vide. Abaissez le seuil pour voir des correspondances plus faibles.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="307"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Aire min. des polygones (unités du SCR²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="309"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (par défaut : celui du dossier)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="297"/>
        <source>Example boxes: objects like these</source>
        <translation>Rectangles d'exemple : objets comme ceux-ci</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="300"/>
        <source>Example label (1 like, 0 not like)</source>
        <translation>Étiquette d'exemple (1 comme, 0 pas comme)</translation>
    </message>
</context>
<context>
    <name>ViewSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="72"/>
        <source>Could not open {0}: {1}</source>
        <translation>Impossible d'ouvrir {0} : {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="167"/>
        <source>Starting the encode of {0}: loading the model</source>
        <translation>Début de l'encodage de {0} : chargement du modèle</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="165"/>
        <source>Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).</source>
        <translation>Encodage de {0} dans {1}, les tuiles de la vue d'abord : cliquez tout de suite (un clic ailleurs est encodé en premier).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="221"/>
        <source>Encoding stopped: {0}</source>
        <translation>Encodage arrêté : {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="223"/>
        <source>Encoded: {0} is complete ({1} chips).</source>
        <translation>Encodé : {0} est complet ({1} tuiles).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="246"/>
        <source>Paused: {0} of {1} chips ready (a click still encodes its chip)</source>
        <translation>En pause : {0} tuiles prêtes sur {1} (un clic encode quand même sa tuile)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="248"/>
        <source>Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)</source>
        <translation>Limite atteinte : {0} tuiles prêtes sur {1} (un clic encode toujours sa tuile ; relevez la limite pour continuer)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="250"/>
        <source>Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left</source>
        <translation>Encodage depuis la vue : {0} tuiles sur {1}, {2:.2f} tuiles/s, encore environ {3:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="252"/>
        <source>Encoding from the view: {0} of {1} chips</source>
        <translation>Encodage depuis la vue : {0} tuiles sur {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="129"/>
        <source>The map is zoomed in further than the layer&apos;s deepest zoom: its own pixels are encoded, not finer ones.</source>
        <translation>La carte est plus zoomée que le zoom le plus fin de la couche : ses propres pixels sont encodés, pas de plus fins.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="125"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once.</source>
        <translation>{0} : {1} x {2} px à {3} par pixel, {4} tuiles de {5} px (environ {6}), récupérées par QGIS pendant l'encodage, la vue d'abord ; cliquez tout de suite.</translation>
    </message>
</context>
<context>
    <name>WebLayerFetch</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>{0}&apos;s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. Set Pixel size to 0 for the layer&apos;s own.</source>
        <translation>Le zoom le plus fin de {0} est de {1:.3g} {3} par pixel : à {2:.3g} {3} ses tuiles sont suréchantillonnées, plus de tuiles à encoder et aucun détail gagné. Mettez Taille de pixel à 0 pour celle de la couche.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.</source>
        <translation>{0} : {1} x {2} px à {3} par pixel, {4} tuiles de {5} px, environ {6} à télécharger.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Fetching {0}: tile {1} of {2}</source>
        <translation>Récupération de {0} : tuile {1} sur {2}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="86"/>
        <source>{0} tiles fetched from {1} into {2}.</source>
        <translation>{0} tuiles récupérées de {1} dans {2}.</translation>
    </message>
</context>
<context>
    <name>_SegmentAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="73"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>As traced</source>
        <translation>Tel que tracé</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Natural</source>
        <translation>Naturel</translation>
    </message>
</context>
</TS>
