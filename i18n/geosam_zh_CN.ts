<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundTasks</name>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="48"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>已有编码任务在运行:请等待其完成,或在任务管理器(右下角)中取消。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="55"/>
        <source>Encoded: {0}.</source>
        <translation>编码完成:{0}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="63"/>
        <source>Encoding {0}</source>
        <translation>正在编码 {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="66"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>正在编码 {0}:加载模型并读取第一个图块</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="67"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>正在后台把 {0} 编码到 {1}(右下角任务管理器:查看进度或取消)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="78"/>
        <source>Choose a checkpoint first: Measure times its image encoder on this machine.</source>
        <translation>请先选择检查点:“测量”会在本机上为其图像编码器计时。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="81"/>
        <source>Measuring is already running: wait for it, or cancel it in the task manager.</source>
        <translation>测量已在进行:请等待,或在任务管理器中取消。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="88"/>
        <source>Measured: {0}</source>
        <translation>已测量:{0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="113"/>
        <source>Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all.</source>
        <translation>文本提示在已完成的特征文件夹中搜索：“从视图编码…”完成后，加载其文件夹，然后点击“全部查找”。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="116"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>请先加载用 SAM 3 编码的特征文件夹：文本提示在缓存的特征中搜索。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="119"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>已有文本搜索正在运行：请等待，或在任务管理器中取消。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="161"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>在 {2} 中找到 {0} 个“{1}”：图层“{3}”。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="163"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>未找到分数不低于 {1:g} 的“{0}”：图层“{2}”为空。降低阈值可查看较弱的匹配。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="172"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>正在查找“{0}”</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="175"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>正在查找“{0}”：正在加载 SAM 3</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="184"/>
        <source>QGIS refused the layer</source>
        <translation>QGIS 拒绝了该图层</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="185"/>
        <source>Could not add the polygons found for &apos;{0}&apos; to the project: {1}.</source>
        <translation>无法将为“{0}”找到的多边形添加到项目：{1}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="208"/>
        <source>Not measured: {0}</source>
        <translation>未测量:{0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="97"/>
        <source>Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)</source>
        <translation>正在以每种精度测量编码器,并在 {0} 的切片上检验(首次会为 OpenVINO 转换:一分钟或更久)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="99"/>
        <source>Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)</source>
        <translation>正在测量编码器:每种精度一个切片(在“数据源”中选择栅格以同时检验准确度)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="204"/>
        <source>Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.</source>
        <translation>尚未测量:“测量”以每种精度计时一个切片,并在“数据源”中有栅格时将 bfloat16 和 int8 与 float32 比较。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="209"/>
        <source>{0} on {1}: float32 {2:.2f} s a chip</source>
        <translation>{0},在 {1} 上:float32 每切片 {2:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="213"/>
        <source>{0} {1:.2f} s ({2:.2f}x as fast, {3})</source>
        <translation>{0} {1:.2f} 秒(快 {2:.2f} 倍,{3})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>passed the accuracy gate</source>
        <translation>通过了精度检验</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>failed the accuracy gate</source>
        <translation>未通过精度检验</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="218"/>
        <source>, {0} (IoU median {1:.3f}, worst {2:.3f})</source>
        <translation>,{0}(IoU 中位数 {1:.3f},最差 {2:.3f})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="223"/>
        <source>{0} cannot run here ({1})</source>
        <translation>{0} 无法在此运行({1})</translation>
    </message>
</context>
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="97"/>
        <source>Encode raster (SAM image features)</source>
        <translation>编码栅格(SAM 图像特征)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="100"/>
        <source>Encode</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="129"/>
        <source>Input raster</source>
        <translation>输入栅格</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="130"/>
        <source>Bands (up to 3, in order)</source>
        <translation>波段(最多 3 个,按顺序)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="138"/>
        <source>Model family</source>
        <translation>模型系列</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="139"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="140"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="141"/>
        <source>Compute precision</source>
        <translation>计算精度</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="142"/>
        <source>Stored feature precision</source>
        <translation>特征存储精度</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="146"/>
        <source>Feature folder</source>
        <translation>特征文件夹</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="147"/>
        <source>Chips in the folder</source>
        <translation>文件夹中的图块</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="148"/>
        <source>Chips skipped as nodata</source>
        <translation>因无数据而跳过的图块</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="199"/>
        <source>Device: {0}</source>
        <translation>设备:{0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="206"/>
        <source>{0}/{1} chips, {2:.2f} chips/s</source>
        <translation>{0}/{1} 个图块,{2:.2f} 图块/秒</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="208"/>
        <source>{0}, about {1:.0f} s left</source>
        <translation>{0},约剩 {1:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="214"/>
        <source>{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.</source>
        <translation>{1} 中有 {0} 个图块(跳过 {2} 个无数据图块),由集群编码。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="216"/>
        <source>{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.</source>
        <translation>{1} 中有 {0} 个图块(复用 {2} 个,跳过 {3} 个无数据图块),用时 {4:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="175"/>
        <source>{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).</source>
        <translation>{0} 由 QGIS 绘制：请将“波段”留空（编码的是 QGIS 绘制出的 RGB）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="131"/>
        <source>Extent (default: whole raster)</source>
        <translation>范围（默认：整个栅格）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="132"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>坐标参考系（默认：栅格的）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="133"/>
        <source>Pixel size (0 = native)</source>
        <translation>像素大小（0 = 原始）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="134"/>
        <source>Value range min,max (empty: automatic)</source>
        <translation>值范围 min,max（空：自动）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="135"/>
        <source>Chip size, px (0 = the model&apos;s)</source>
        <translation>切片大小，像素（0 = 模型的）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="136"/>
        <source>Stride, px (0 = half a chip)</source>
        <translation>步长，像素（0 = 半个切片）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="137"/>
        <source>Checkpoint (file or model name)</source>
        <translation>检查点（文件或模型名称）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="143"/>
        <source>Dask scheduler address (optional)</source>
        <translation>Dask 调度器地址（可选）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="106"/>
        <source>Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder then runs only the light decoder.

Bands: up to 3, any order (one band is copied to three). Value range: &apos;min,max&apos; scaled to 0..255; empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, one range for every chip). Chip size 0 = the model&apos;s native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. Compute precision: float32 gives the reference predictors&apos; features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock&apos;s Measure (or python -m encoder measure --raster) found its masks close enough to float32&apos;s on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), or a downloaded model&apos;s name; without a GPU, mobile_sam encodes about six times faster than ViT-B.

Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer&apos;s deepest zoom; a finer one is done, with a warning) over Extent, into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. An interrupted fetch resumes.

The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 for four workers on this machine, encodes on a cluster.</source>
        <translation>在地理参考栅格上逐个图块运行 Segment Anything 的图像编码器(SAM、SAM 2、SAM 3 或 MobileSAM),并写入一个特征文件夹(manifest.parquet + features/chip_NNNNNN.pt)。之后从该文件夹分割时只运行轻量解码器。

波段:最多 3 个,顺序任意(单个波段复制为三个)。取值范围:“min,max”缩放到 0..255;留空 = 自动(8 位数据直接使用,其他类型使用整个栅格的第 2–98 百分位,所有图块使用同一范围)。图块大小 0 = 模型的原生大小(1024 像素;SAM 3 为 1008,LiteMedSAM 为 256);步长 0 = 半个图块。以相同设置重新运行会继续中断的编码;以其他设置写入已用过的文件夹会被拒绝。计算精度:float32 得到与参考预测器相同的特征;bfloat16 可在 GPU 上运行,也可在支持 AMX / AVX-512 BF16 的 CPU 上通过 OpenVINO 运行(Intel Xeon Sapphire Rapids 及更新、AMD Zen 4 及更新;见 docs/performance.md),在其他 CPU 上很慢;float16 需要 GPU;int8 在 CPU 上通过 OpenVINO 运行,前提是面板中的“测量”(或 python -m encoder measure --raster)在您的检查点和影像上发现其掩膜与 float32 的足够接近。在 CPU 上,未通过该精度检验的精度会被拒绝。检查点是 SAM、SAM 2、SAM 3 或 MobileSAM 文件(sam_vit_b_01ec64.pth、sam2.1_hiera_tiny.pt、sam3.pt、mobile_sam.pt 等),或已下载模型的名称;没有 GPU 时,mobile_sam 的编码速度约为 ViT-B 的六倍。

网络图层（XYZ、WMS、WMTS、ArcGIS MapServer、WCS）通过 QGIS 获取，使用其代理和身份验证设置，按像素大小（0 = 图层提供的最精细分辨率：XYZ / WMTS 图层的最深缩放级别；更精细的也会执行，但给出警告）在范围内获取到特征文件夹中；会先说明切片数量和下载大小，超过 4000 个切片的请求会被拒绝。中断的获取可以继续。

检查点初始为在 GeoSAM 停靠面板中最后选择的那个。Dask 调度器地址（高级）：tcp://host:8786，或 local:4 表示在本机使用四个 worker，在集群上编码。</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="58"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>已加载 {0}:{1} 个图块,模型 {2}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="60"/>
        <source>Loading {0}: the model and its decoder</source>
        <translation>正在加载 {0}：模型及其解码器</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="69"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>{0} 的实时模式:在某一区域的第一次点击会编码该图块({1},几秒),之后附近的点击立即完成。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="74"/>
        <source>Loading {0} for live mode</source>
        <translation>正在为实时模式加载 {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="109"/>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · 图块 {4} 像素 · 实时:{5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · 图块 {4} 像素 · 文件夹 {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="158"/>
        <source> · LiteMedSAM: drag a box around each object (a click alone gives a small speck)</source>
        <translation> · LiteMedSAM：请在每个对象周围拖出一个框（仅单击只会得到一个小斑点）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="167"/>
        <source>CPU, {0} threads</source>
        <translation>CPU，{0} 个线程</translation>
    </message>
</context>
<context>
    <name>ExportTrainingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="39"/>
        <source>Export training data</source>
        <translation>导出训练数据</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="42"/>
        <source>Encode</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="48"/>
        <source>Cuts a raster into image chips that hold the polygons&apos; objects, and writes their labels the way trainers read them: GeoTIFF chips (georeferenced) and PNG or JPEG copies, COCO instances (annotations/instances_train.json and _val.json; objects with holes as RLE), YOLO segmentation labels with a data.yaml, and per-chip masks (class ids and object ids). Classes come from the class field (empty: one class, &apos;object&apos;).

Objects cut by a chip&apos;s edge are clipped to it, or skipped; objects under the minimum area (pixels) are left out. Chips go to validation with the given share, drawn with the seed (the same run gives the same split). A web layer (XYZ, WMS, ...) is fetched through QGIS over the polygons&apos; extent at its finest resolution, as Encode raster does. The output folder must be new or empty; nothing is left half-written.</source>
        <translation>将栅格切成包含多边形对象的图像切片，并按训练程序读取的格式写出标注：GeoTIFF 切片（带地理参考）及 PNG 或 JPEG 副本、COCO 实例（annotations/instances_train.json 和 _val.json；带孔对象以 RLE 表示）、带 data.yaml 的 YOLO 分割标签，以及每个切片的掩膜（类别编号和对象编号）。类别来自类别字段（为空：单一类别 'object'）。

被切片边缘截断的对象会被裁剪或跳过；面积低于最小值（像素）的对象被排除。切片按给定比例划入验证集，由随机种子抽取（相同运行得到相同划分）。网络图层（XYZ、WMS 等）会像“编码栅格”一样，通过 QGIS 以其最精细分辨率在多边形范围内获取。输出文件夹必须是新的或空的；不会留下写了一半的内容。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="60"/>
        <source>Raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="61"/>
        <source>Polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="62"/>
        <source>Class field</source>
        <translation>类别字段</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="63"/>
        <source>Chip size, px</source>
        <translation>切片大小，像素</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="64"/>
        <source>Overlap, px</source>
        <translation>重叠，像素</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="65"/>
        <source>Min. object area, px</source>
        <translation>最小对象面积，像素</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Objects cut by a chip edge</source>
        <translation>被切片边缘截断的对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Clip</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="67"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="68"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="69"/>
        <source>Image format</source>
        <translation>图像格式</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="70"/>
        <source>Training data folder</source>
        <translation>训练数据文件夹</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="79"/>
        <source>Choose a raster layer and a polygon layer.</source>
        <translation>请选择一个栅格图层和一个多边形图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="99"/>
        <source>{0} has no polygons: give a layer with features over the raster.</source>
        <translation>{0} 没有多边形：请提供在栅格范围内有要素的图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="120"/>
        <source>{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.</source>
        <translation>训练切片 {0} 个，验证切片 {1} 个，对象 {2} 个，类别：{3}；位于 {4}。</translation>
    </message>
</context>
<context>
    <name>FollowDatesAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="42"/>
        <source>Follow objects through dates</source>
        <translation>跨日期跟踪对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="45"/>
        <source>Segment</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="51"/>
        <source>Rasters of one place on several dates (a shoreline year by year, a field through a season, before and after a storm) and prompts on one of them: each object&apos;s outline on every date, one feature per object and date, with its date, true area (area_m2) and the change from the previous date (change_m2).

Each raster is encoded once into a feature folder of its own under Feature folders, on the first date&apos;s grid (a later run with the same folders reuses them). With a SAM 2 / 2.1 checkpoint, SAM 2&apos;s memory carries each object from date to date, forwards and backwards from the prompted date: it may move, change shape or vanish (found = 0, no geometry). Other models decode the same prompt on every date (method = same prompt).</source>
        <translation>同一地点多个日期的栅格(逐年的岸线、一季中的田块、风暴前后)以及其中一个日期上的提示:每个对象在每个日期的轮廓,每个对象每个日期一个要素,带有日期、真实面积(area_m2)和相对上一日期的变化(change_m2)。

每个栅格在“特征文件夹”下编码一次到各自的特征文件夹,使用第一个日期的网格(之后用相同文件夹运行会复用它们)。使用 SAM 2 / 2.1 检查点时,SAM 2 的记忆从提示日期向前和向后把每个对象逐日期传递:对象可以移动、改变形状或消失(found = 0,无几何)。其他模型在每个日期解码同一提示(method = same prompt)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="69"/>
        <source>Rasters (one per date)</source>
        <translation>栅格(每个日期一个)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="70"/>
        <source>Dates (comma-separated; empty: from the files)</source>
        <translation>日期(逗号分隔;留空:从文件读取)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="71"/>
        <source>Prompts (points, or polygons as boxes)</source>
        <translation>提示(点,或作为框的面)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="73"/>
        <source>Object field</source>
        <translation>对象字段</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="74"/>
        <source>Date field (the date a prompt is on)</source>
        <translation>日期字段(提示所在的日期)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="75"/>
        <source>Checkpoint (file or model name)</source>
        <translation>检查点（文件或模型名称）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="76"/>
        <source>Feature folders (one per date)</source>
        <translation>特征文件夹(每个日期一个)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="77"/>
        <source>Objects through dates</source>
        <translation>跨日期的对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="87"/>
        <source>Give at least two rasters, one per date.</source>
        <translation>请至少提供两个栅格,每个日期一个。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="90"/>
        <source>Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory).</source>
        <translation>请选择检查点(SAM 2 / 2.1 文件会用其记忆进行跟踪)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="99"/>
        <source>Choose a prompt layer (points or polygons).</source>
        <translation>请选择提示图层(点或面)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="102"/>
        <source>The prompt layer has no features with a geometry: add a point or a box on one date.</source>
        <translation>提示图层没有带几何的要素:请在某个日期上添加一个点或框。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="110"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>无法创建输出图层：请检查其路径和格式。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="116"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>无法写入 {0}：请检查输出的路径、格式和可用磁盘空间。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="118"/>
        <source>{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).</source>
        <translation>{0} 个对象跨 {1} 个日期:{2} 个轮廓,{3} 个日期未找到对象({4})。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="133"/>
        <source>No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.</source>
        <translation>未找到 {0} 的日期(元数据和名称中都没有):请在“日期”中给出日期,每个栅格一个。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="149"/>
        <source>Give at least one raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>日期中至少要有一个栅格文件:网络图层按其范围和网格获取。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="155"/>
        <source>{0} is a web layer: fetching it over {1}&apos;s extent.</source>
        <translation>{0} 是网络图层:按 {1} 的范围获取。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="59"/>
        <source>Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file&apos;s acquisition date from its metadata, else a date in its name, else the list&apos;s order. Prompts: a point layer (clicks) or a polygon layer (each polygon&apos;s bounding box is a box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place in date order; empty: the earliest): an object&apos;s prompts on the date of its first feature start it, those on other dates correct it there. A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file&apos;s extent, on its grid, into Feature folders (its date from its name, e.g. Esri Wayback&apos;s, where Dates is empty).</source>
        <translation>日期:每个栅格一个,以逗号分隔(YYYY-MM-DD);留空:取每个文件元数据中的采集日期,否则取文件名中的日期,否则按列表顺序。提示:点图层(点击)或面图层(每个面的外包矩形作为框);“对象字段”把多个点击归为一个对象;“日期字段”指定提示所在的日期(日期,或其在日期顺序中的位置;留空:最早的日期):对象在其第一个要素所在日期上的提示启动跟踪,其他日期上的提示在该处修正。作为日期的网络图层(XYZ、WMS、WMTS 等)通过 QGIS 按最早的栅格文件的范围和网格获取到特征文件夹中(若“日期”为空,则从图层名称读取日期,例如 Esri Wayback 的名称)。</translation>
    </message>
</context>
<context>
    <name>FollowedDates</name>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="222"/>
        <source>Add at least two rasters of the same place, one per date.</source>
        <translation>请至少添加同一地点的两个栅格，每个日期一个。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="96"/>
        <source>The dates are being encoded or followed: wait for it, or cancel it in the task manager.</source>
        <translation>正在编码或跟踪各日期：请等待，或在任务管理器中取消。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="235"/>
        <source>Encoding the dates was cancelled: Encode dates… again resumes it.</source>
        <translation>已取消日期编码：再次点击“编码日期…”可继续。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="242"/>
        <source>{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.</source>
        <translation>已将 {0} 个日期编码到 {1}：用分割工具在某一日期上绘制对象，然后点击“跟踪”。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="245"/>
        <source>Encoding {0} dates</source>
        <translation>正在编码 {0} 个日期</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="325"/>
        <source>Add two or more rasters of one place, then Encode dates…</source>
        <translation>添加同一地点的两个或更多栅格，然后点击“编码日期…”</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="327"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0}（第 {1} 个，共 {2} 个）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="331"/>
        <source>the object is not there on this date</source>
        <translation>此日期上没有该对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="332"/>
        <source>{0:,.0f} m²</source>
        <translation>{0:,.0f} 平方米</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="334"/>
        <source>{0:+,.0f} m² since the date before</source>
        <translation>较上一日期 {0:+,.0f} 平方米</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="344"/>
        <source>Encode the dates first (Encode dates…).</source>
        <translation>请先编码日期（编码日期…）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="347"/>
        <source>Draw the object on the date shown first: a click on it or a box around it (Segment tool).</source>
        <translation>请先在显示的日期上绘制对象：点击它或在其周围拖一个框（分割工具）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="354"/>
        <source>The map&apos;s CRS changed since the object was started: New object, then draw it again.</source>
        <translation>开始该对象后地图坐标系已更改：请点击“新对象”，然后重新绘制。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="376"/>
        <source>Following was cancelled.</source>
        <translation>已取消跟踪。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="382"/>
        <source>The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.</source>
        <translation>对象出现在 {1} 个日期中的 {0} 个（{2}）：移动滑块查看每个日期；在其他日期上的提示会在该处修正；按 S 保存所有日期。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following the object through {0} dates</source>
        <translation>正在跨 {0} 个日期跟踪对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following again from {0} correction(s)</source>
        <translation>根据 {0} 处修正重新跟踪</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="109"/>
        <source>Choose a raster layer in the Raster box (2. Source) first.</source>
        <translation>请先在“栅格”框（2. 数据源）中选择一个栅格图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="134"/>
        <source>{0} is in the list already.</source>
        <translation>{0} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="126"/>
        <source>{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.</source>
        <translation>{0} 不是 QGIS 可读取的栅格：请选择 GeoTIFF 或其他栅格文件。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="262"/>
        <source>Add a raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>请在日期中加入一个栅格文件：网络图层会按它的范围、在它的网格上获取。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).</source>
        <translation>{0} 的名称中没有日期：在列表中双击它的日期并输入（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} is no longer in the project: add it again, or remove its row.</source>
        <translation>{0} 已不在项目中：请重新添加，或删除它的行。</translation>
    </message>
</context>
<context>
    <name>GeoSamAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Cannot write a polygon into {0}: {1}. Check the output&apos;s path, format and free disk space.</source>
        <translation>无法将多边形写入 {0}：{1}。请检查输出的路径、格式和可用磁盘空间。</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="38"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>编码此文件夹时使用的权重文件</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>模型权重 (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>New output layer</source>
        <translation>新建输出图层</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>编码用的特征文件夹(空的或新的,或用同一编码的文件夹以继续)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="96"/>
        <source>GeoSAM</source>
        <translation>GeoSAM</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="104"/>
        <source>1. Model</source>
        <translation>1. 模型</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="109"/>
        <source>For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded.</source>
        <translation>用于编码和实时模式。特征文件夹记录了它自己的权重文件,加载后显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="122"/>
        <source>Checkpoint</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="161"/>
        <source>Recently loaded feature folders</source>
        <translation>最近加载的特征文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="163"/>
        <source>Feature folder</source>
        <translation>特征文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Load folder</source>
        <translation>加载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Encode raster…</source>
        <translation>编码栅格…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>在后台任务中把上面选择的栅格编码为特征文件夹,然后加载它。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="176"/>
        <source>Segment raster live</source>
        <translation>实时分割栅格</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="177"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>无需特征文件夹:在某一区域的第一次点击会编码该图块(几秒),之后附近的点击立即完成。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="203"/>
        <source>3. Prompts</source>
        <translation>3. 提示</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>左键:目标 · 右键:背景 · 拖动:框 · S:保存 · Ctrl+Z / Ctrl+Y · Esc:清除</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="209"/>
        <source>Segment</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="211"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="212"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="213"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="235"/>
        <source>4. Output</source>
        <translation>4. 输出</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="240"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="242"/>
        <source>New scratch</source>
        <translation>新建临时图层</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="243"/>
        <source>New GeoPackage…</source>
        <translation>新建 GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="244"/>
        <source>New Shapefile…</source>
        <translation>新建 Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="245"/>
        <source>Save (S)</source>
        <translation>保存 (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="246"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>图层处于编辑模式时写入其编辑缓冲区(可用 QGIS 的撤销撤回),否则直接写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="255"/>
        <source>5. Options</source>
        <translation>5. 选项</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="276"/>
        <source>Largest polygon only</source>
        <translation>只保留最大的多边形</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="291"/>
        <source>Result colour</source>
        <translation>结果颜色</translation>
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
        <translation>请先选择特征文件夹(或把栅格编码为特征文件夹)。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="312"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>实时模式需要选择栅格图层(2. 数据源)和权重文件(1. 模型)。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>已有编码任务在运行:请等待其完成,或在任务管理器(右下角)中取消。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="331"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>请先在“栅格”框(2. 数据源)中选择要编码的栅格。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="337"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>请先选择 SAM / SAM 2 权重文件(1. 模型)。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="584"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>尚未加载:请加载特征文件夹,或编码栅格、对栅格进行实时分割。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="155"/>
        <source>2. Source</source>
        <translation>2. 数据源</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Show chips</source>
        <translation>显示图块</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>在地图上绘制图块范围(实时模式下:目前已编码的图块)。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="278"/>
        <source>Min. area (units²)</source>
        <translation>最小面积(单位²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="279"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>多边形的最小面积,单位为文件夹坐标系单位的平方。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="280"/>
        <source>Simplify</source>
        <translation>简化</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="281"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>简化容差,单位为文件夹坐标系单位(0:不简化)。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="111"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>官方 SAM / SAM 2 权重(以及您目录中的):选择已下载的,或下载它。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="114"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Automatic (GPU if any)</source>
        <translation>自动(有 GPU 时用 GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="127"/>
        <source>Where encoding and live mode run; the line at the top says which device is in use.</source>
        <translation>编码和实时模式在哪里运行;顶部一行显示正在使用的设备。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="129"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="185"/>
        <source>(a checkpoint file)</source>
        <translation>(权重文件)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>{0} (downloaded)</source>
        <translation>{0}(已下载)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="190"/>
        <source>{0} ({1} MB)</source>
        <translation>{0}({1} MB)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="207"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="245"/>
        <source>Downloading {0}</source>
        <translation>正在下载 {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU(MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="223"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>文本（SAM 3 文件夹）：建筑</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="224"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>在已加载的 SAM 3 文件夹中查找某一概念的所有实例；若在地图上画了矩形框，则查找与框中对象相似的对象（此时文本可以为空）。多边形写入新图层。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Find all</source>
        <translation>全部查找</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="287"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>文本提示：保留的最低分数。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="288"/>
        <source>Text score threshold</source>
        <translation>文本分数阈值</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="372"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) first.</source>
        <translation>请先选择栅格图层(2. 数据源)和检查点(1. 模型)。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="182"/>
        <source>Encode from view…</source>
        <translation>从视图编码…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="183"/>
        <source>Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue.</source>
        <translation>在后台将栅格编码到特征文件夹,先编码视图中的图块,并可立即分割:点击尚未就绪的图块会优先编码它。平移地图会重新排列队列。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="184"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>Pause the background encode (a click still encodes its chip); press again to resume.</source>
        <translation>暂停后台编码(点击仍会编码其图块);再次按下继续。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="363"/>
        <source>{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.</source>
        <translation>{0} 不是文件：请使用“从视图编码…”（地图分辨率下的视图范围），或使用处理工具中的“编码栅格”并指定分辨率和范围。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="192"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source> chips</source>
        <translation> 个切片</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip).</source>
        <translation>从视图编码…：后台最多编码这么多切片，离视图最近的优先（点击仍会编码其所在切片）。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="348"/>
        <source>Cannot encode into {0}: {1}</source>
        <translation>无法编码到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>Loading… (prompts made now are answered when it is ready)</source>
        <translation>正在加载…（现在给出的提示会在就绪后得到回答）</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="71"/>
        <source>Cannot create the folder {0}: {1}. Choose a folder you can write to.</source>
        <translation>无法创建文件夹 {0}：{1}。请选择一个您可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="558"/>
        <source>{0}: {1}%</source>
        <translation>{0}：{1}%</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Save {0} (S)</source>
        <translation>保存 {0} 个 (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Keep each result</source>
        <translation>保留每个结果</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result.</source>
        <translation>开启：在得到结果后绘制的矩形框开始下一个对象；已完成的对象以虚线显示，等待按 S 全部保存。Esc 丢弃最后一个。关闭：新矩形框替换当前结果。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>As traced</source>
        <translation>原样</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Fields</source>
        <translation>田块</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="264"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="265"/>
        <source>Buildings: no overlaps</source>
        <translation>建筑物：不重叠</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="266"/>
        <source>With the Buildings outline, a building saved is cut where it overlaps the output layer&apos;s features (or the others saved with it).</source>
        <translation>使用“建筑物”轮廓时，保存的建筑物与输出图层的要素（或同时保存的其他建筑物）重叠的部分会被裁掉。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="263"/>
        <source>The outline&apos;s shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer&apos;s buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask&apos;s pixel edges.</source>
        <translation>轮廓的形状，用于预览和按 S 保存的结果。建筑物：直角的直墙（开启“建筑物：不重叠”时被图层中的建筑物裁切）。田块：任意角度的直边。自然：平滑，面积不变。原样：掩膜的像素边缘。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float32 (reference)</source>
        <translation>float32(参考)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float16 (GPU)</source>
        <translation>float16(GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="141"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="143"/>
        <source>Time one chip of this checkpoint&apos;s encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background).</source>
        <translation>在本机以每种精度计时此检查点编码器的一个切片,并在“数据源”栅格的切片上将 bfloat16 和 int8 与 float32 比较(在后台)。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="139"/>
        <source>What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster).</source>
        <translation>“编码栅格…”和实时模式使用的计算精度。float32 得到与参考预测器相同的特征。在 CPU 上,bfloat16 和 int8 通过 OpenVINO 运行,并由“测量”在您的检查点和栅格上的精度检验把关(掩膜与 float32 的比较):bfloat16 未通过时变灰,int8 通过后才提供(它在该栅格上校准)。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>A raster of the same place on another date</source>
        <translation>同一地点另一日期的栅格</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.jp2 *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="439"/>
        <source>Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory.</source>
        <translation>请先选择检查点（1. 模型）：SAM 2 / 2.1 检查点可借助其记忆进行跟踪。</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s name</source>
        <translation>来自文件名</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s metadata ({0})</source>
        <translation>来自文件元数据（{0}）</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="296"/>
        <source>6. Dates</source>
        <translation>6. 日期</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="299"/>
        <source>One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date.</source>
        <translation>跨日期跟踪一个对象：添加栅格，点击“编码日期…”，在某一日期上绘制对象，然后“跟踪”。在其他日期上的提示会在该处修正；按 S 保存所有日期。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="307"/>
        <source>The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list&apos;s order.</source>
        <translation>文件中的日期（采集元数据，否则取自文件名）；双击可输入其他日期（YYYY-MM-DD）。都没有：按列表顺序。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="310"/>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="311"/>
        <source>Add the Raster box&apos;s layer (2. Source) as a date.</source>
        <translation>将“栅格”框（2. 数据源）中的图层添加为一个日期。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="312"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="313"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="314"/>
        <source>Encode dates…</source>
        <translation>编码日期…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="315"/>
        <source>Each date into a feature folder of its own under a folder you choose, on the first date&apos;s grid (in the background; a date encoded before is not encoded again).</source>
        <translation>每个日期编码到您所选文件夹下各自的特征文件夹中，使用第一个日期的网格（在后台进行；已编码的日期不会重复编码）。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="322"/>
        <source>The date shown: its raster, the object&apos;s outline there, and the folder the Segment tool answers from.</source>
        <translation>显示的日期：其栅格、该日期上对象的轮廓，以及分割工具所用的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="328"/>
        <source>Follow</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="329"/>
        <source>Follow the object drawn on the date shown through every date (SAM 2&apos;s memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there.</source>
        <translation>跨所有日期跟踪在当前日期上绘制的对象（SAM 2 的记忆；其他模型：每个日期使用相同提示）。在第一个日期以外的日期上，提示会在该处修正对象。</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="330"/>
        <source>New object</source>
        <translation>新对象</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>the list&apos;s order (no file has a date)</source>
        <translation>列表顺序(没有文件带日期)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Intel GPU (OpenVINO) {0}</source>
        <translation>Intel GPU（OpenVINO）{0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the layer&apos;s name</source>
        <translation>来自图层名称</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="98"/>
        <source>GeoSAM segmentation dock</source>
        <translation>GeoSAM 分割面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>Install dependencies…</source>
        <translation>安装依赖…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Encode raster (Processing)…</source>
        <translation>编码栅格(处理工具)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>根据提示图层分割(处理工具)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment everything (Processing)…</source>
        <translation>全部分割(处理工具)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="149"/>
        <source>{0} failed: {1}</source>
        <translation>{0} 失败:{1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="165"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>无法打开 GeoSAM 面板:{0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="190"/>
        <source>The installer could not start: {0}</source>
        <translation>安装程序无法启动:{0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>About GeoSAM and its documentation…</source>
        <translation>关于 GeoSAM 及其文档…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Could not open a web browser: GeoSAM&apos;s documentation is at {0}</source>
        <translation>无法打开网页浏览器：GeoSAM 的文档位于 {0}</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../ui/install_dialog.py" line="46"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="47"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="48"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="51"/>
        <source>torch build</source>
        <translation>torch 版本</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="55"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>离线:在联网的机器上用 'python3 geo_sam_plugin/install/python_env.py bundle' 制作的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="56"/>
        <source>From a folder of wheels (offline)</source>
        <translation>从 wheel 文件夹安装(离线)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="188"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="136"/>
        <source>as given</source>
        <translation>按给定设置</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="143"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="30"/>
        <source>GeoSAM: the runtime</source>
        <translation>GeoSAM：运行环境</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="112"/>
        <source>{0}
GeoSAM&apos;s engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS&apos;s Python into {1}; nothing QGIS itself uses is changed.
{2}</source>
        <translation>{0}
GeoSAM 的引擎（torch、Segment Anything）运行在其自己的 Python 环境中，该环境由 QGIS 的 Python 构建于 {1}；QGIS 本身使用的任何内容都不会被更改。
{2}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="67"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="203"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="90"/>
        <source>Checking this machine's NVIDIA driver…</source>
        <translation>正在检查本机的 NVIDIA 驱动…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="37"/>
        <source>measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="68"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="69"/>
        <source>Install only what this GeoSAM version needs and the runtime lacks (the same torch build)</source>
        <translation>只安装此 GeoSAM 版本需要而运行环境缺少的部分（相同的 torch 版本）</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="105"/>
        <source> (built for GeoSAM {0})</source>
        <translation>（为 GeoSAM {0} 构建）</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="106"/>
        <source>GeoSAM&apos;s runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.
Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).
{5}</source>
        <translation>GeoSAM 的运行环境安装在 {0}{1}：{2}，占用磁盘 {3}；其 Python：{4}。
“更新”只安装此 GeoSAM 版本需要的部分；“修复”重新构建；“移除”将其删除（卸载插件不会删除它）。
{5}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="133"/>
        <source>Repair installs: </source>
        <translation>“修复”将安装：</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="147"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Remove GeoSAM&apos;s runtime?</source>
        <translation>移除 GeoSAM 的运行环境？</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Delete GeoSAM&apos;s runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? GeoSAM cannot encode or segment until it is installed again.</source>
        <translation>删除 {0} 中的 GeoSAM 运行环境（{1}），以及构建它所用的 Python（如果是 GeoSAM 下载的）？重新安装之前，GeoSAM 无法编码或分割。</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="185"/>
        <source> Also removed: {0}.</source>
        <translation> 同时移除：{0}。</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="186"/>
        <source> Left in place: the models folder {0}.</source>
        <translation> 保留：模型文件夹 {0}。</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="187"/>
        <source>GeoSAM&apos;s runtime was removed from {0}.{1}{2}</source>
        <translation>GeoSAM 的运行环境已从 {0} 移除。{1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureTask</name>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="47"/>
        <source>float16 needs a CUDA GPU.</source>
        <translation>float16 需要 CUDA GPU。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="49"/>
        <source>int8 runs on the CPU only.</source>
        <translation>int8 仅在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="51"/>
        <source>Measure with a raster in Source first: int8 is calibrated on it and checked against float32.</source>
        <translation>请先在“数据源”中选择栅格并测量:int8 在其上校准并与 float32 比较。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="57"/>
        <source>Failed the accuracy gate: {0}</source>
        <translation>未通过精度检验:{0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="44"/>
        <source>An Intel GPU computes in float32, float16 or int8.</source>
        <translation>Intel GPU 以 float32、float16 或 int8 计算。</translation>
    </message>
</context>
<context>
    <name>OutputLayers</name>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="41"/>
        <source>QGIS could not add the layer {0}: {1}.</source>
        <translation>QGIS 无法添加图层 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="60"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>无法创建 {0}:{1}。请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="80"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>没有可保存的内容:请先点击一个目标。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="84"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>保存前请选择(或新建)输出多边形图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="87"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} 不是多边形图层:请选择其他输出图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="132"/>
        <source>Could not transform a polygon into {0}&apos;s CRS ({1}): nothing was saved.</source>
        <translation>无法将多边形转换到 {0} 的坐标参考系（{1}）：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="104"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0}(写入其编辑缓冲区:像平常一样保存或取消图层编辑)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>无法保存到 {0}:{1}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>the layer is read-only</source>
        <translation>图层为只读</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="114"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>已将 {0} 个多边形保存到 {1}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="119"/>
        <source>The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).</source>
        <translation>该图层没有 {0} 字段：这些值未被保存（从面板新建的图层包含这些字段）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="78"/>
        <source>Nothing to save: drag a box around an object first.</source>
        <translation>没有可保存的内容：请先在对象周围拖出一个框。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="94"/>
        <source>Nothing new to save: the outline lies within {0}&apos;s existing features.</source>
        <translation>没有新内容可保存：该轮廓位于 {0} 的现有要素之内。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="116"/>
        <source>{0} lay within existing features and were not saved.</source>
        <translation>{0} 个位于现有要素之内，未保存。</translation>
    </message>
</context>
<context>
    <name>Prompting</name>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="101"/>
        <source>Load a feature folder first.</source>
        <translation>请先加载特征文件夹。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="178"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>正在分割(在某一区域的第一次点击会编码该图块)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="206"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>此处未找到目标:没有掩膜通过(请换一个点或画框)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="213"/>
        <source>Encoding this area… (click to encode it first)</source>
        <translation>正在编码此区域…(点击可优先编码)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="72"/>
        <source>{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).</source>
        <translation>已丢弃 {0} 个未保存的结果：换用其他文件夹或地图坐标系会重新开始（切换前请先保存）。</translation>
    </message>
</context>
<context>
    <name>RegularizeAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="35"/>
        <source>Regularize outlines</source>
        <translation>规整轮廓</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="38"/>
        <source>Segment</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="44"/>
        <source>Makes traced outlines (a mask&apos;s pixel staircase, from GeoSAM or any tool) usable as they come.

Buildings: straight walls at right angles (or at 45 degrees), fitted to the traced outline so the footprint is kept; notches smaller than Smallest notch are merged; buildings closer than Neighbour gap at about the same angle keep one shared wall, with no overlap and no gap. Fields: straight edges at any angle, the area kept. Natural: smooth, the area kept (lakes, forests, landslides). Holes smaller than Fill holes are filled.

Tolerance, Smallest notch and Neighbour gap are in the layer&apos;s CRS units (metres for a geographic CRS; 0 = twice the tolerance); about 1.5 times the imagery&apos;s pixel size suits a traced mask. Every field is kept.</source>
        <translation>使描出的轮廓（来自 GeoSAM 或任何工具的掩膜像素阶梯）可直接使用。

建筑物：直角（或 45 度）的直墙，贴合描出的轮廓以保持占地面积；小于“最小凹口”的凹口被合并；距离小于“相邻间距”且角度大致相同的建筑物保留一堵共用墙，既不重叠也无缝隙。田块：任意角度的直边，面积不变。自然：平滑，面积不变（湖泊、森林、滑坡）。小于填充面积的孔被填充。

容差、最小凹口和相邻间距采用图层坐标系的单位（地理坐标系为米；0 = 容差的两倍）；描出的掩膜宜用约 1.5 倍影像像素大小。所有字段均保留。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="59"/>
        <source>Polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Fields</source>
        <translation>田块</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="60"/>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="61"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>Building angles</source>
        <translation>建筑角度</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>90 degrees</source>
        <translation>90 度</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>45 degrees</source>
        <translation>45 度</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="63"/>
        <source>Smallest notch (0 = auto)</source>
        <translation>最小凹口（0 = 自动）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="64"/>
        <source>Neighbour gap (0 = auto)</source>
        <translation>相邻间距（0 = 自动）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="65"/>
        <source>Fill holes under (area)</source>
        <translation>填充小于此面积的孔</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="66"/>
        <source>Regularized</source>
        <translation>规整结果</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="73"/>
        <source>Choose a polygon layer to regularize.</source>
        <translation>请选择要规整的多边形图层。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="76"/>
        <source>Give a tolerance above 0 (about 1.5 times the imagery&apos;s pixel size).</source>
        <translation>请给出大于 0 的容差（约为影像像素大小的 1.5 倍）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="88"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>无法创建输出图层：请检查其路径和格式。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="111"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>无法写入 {0}：请检查输出的路径、格式和可用磁盘空间。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="114"/>
        <source>{0} outlines regularized ({1}).</source>
        <translation>已规整 {0} 个轮廓（{1}）。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="52"/>
        <source>Fill holes is an area in the layer&apos;s units (square metres for a geographic CRS). Z and M values are dropped and curves made straight. Outlines are sent to GeoSAM&apos;s engine 5,000 at a time, west to east: neighbours share walls within those. GeoSAM&apos;s own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out.</source>
        <translation>“填充孔”是图层单位下的面积（地理坐标系为平方米）。Z 值和 M 值被去除，曲线被拉直。轮廓按自西向东每次 5000 个发送给 GeoSAM 引擎：相邻建筑只在同一批内共用墙。GeoSAM 自己的字段（area_m2、perimeter_m、style）会按新轮廓更新；没有几何的要素被排除。</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="106"/>
        <source>GeoSAM: object through dates</source>
        <translation>GeoSAM:跨日期的对象</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="229"/>
        <source>Segment everything</source>
        <translation>全部分割</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="239"/>
        <source>Feature folder</source>
        <translation>特征文件夹</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="240"/>
        <source>Extent (default: every chip)</source>
        <translation>范围(默认:所有图块)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="241"/>
        <source>Points per chip side</source>
        <translation>每个图块边的点数</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="242"/>
        <source>Predicted IoU threshold</source>
        <translation>预测 IoU 阈值</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="243"/>
        <source>Stability score threshold</source>
        <translation>稳定性阈值</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="247"/>
        <source>Polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="232"/>
        <source>Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each giving SAM&apos;s three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one.</source>
        <translation>在特征文件夹的每个图块(或某一范围)上自动生成掩膜:每个图块一组网格点提示,每个点给出 SAM 的三个掩膜,预测 IoU 和稳定性得分都达到阈值时保留。在图块重叠处(或由相邻点)重复找到的多边形按 IoU 去除,保留得分最高的一个。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="267"/>
        <source>{0} polygons.</source>
        <translation>{0} 个多边形。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="269"/>
        <source>, area &gt;= {0:g}</source>
        <translation>,面积 &gt;= {0:g}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="270"/>
        <source>0 polygons: no mask passed the thresholds (predicted IoU &gt;= {0:g}, stability &gt;= {1:g}{2}). Lower them, or add points per chip side.</source>
        <translation>0 个多边形:没有掩膜达到阈值(预测 IoU &gt;= {0:g},稳定性 &gt;= {1:g}{2})。请降低阈值,或增加每个图块边的点数。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="244"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>最小多边形面积（坐标系单位²）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="246"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>检查点（默认：文件夹的）</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="124"/>
        <source>Segment from prompt layers</source>
        <translation>根据提示图层分割</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="140"/>
        <source>Feature folder</source>
        <translation>特征文件夹</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="141"/>
        <source>Point prompts</source>
        <translation>点提示</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="142"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>标签字段(1 前景,0 背景)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="143"/>
        <source>Group field (one object per group)</source>
        <translation>分组字段(每组一个目标)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="144"/>
        <source>Box prompts</source>
        <translation>框提示</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="150"/>
        <source>Segmented polygons</source>
        <translation>分割得到的多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.</source>
        <translation>跳过了 {0} 个只有背景点(标签 0)且没有矩形的提示对象:背景点只能细化一个对象。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="218"/>
        <source>{0} polygons from {1} prompt objects.</source>
        <translation>由 {1} 个提示对象得到 {0} 个多边形。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="145"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>最小多边形面积（坐标系单位²）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="146"/>
        <source>Largest polygon of each object only</source>
        <translation>每个对象仅保留最大多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="147"/>
        <source>Simplify (CRS units, 0 = none)</source>
        <translation>简化（坐标系单位，0 = 不简化）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="149"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>检查点（默认：文件夹的）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="127"/>
        <source>Turns point and box prompts into polygons with a feature folder made by &apos;Encode raster&apos;. Only SAM&apos;s light decoder runs.

Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon&apos;s bounding box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. Min. polygon area and Simplify are in the folder&apos;s CRS units.

Outline: As traced (the mask&apos;s pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural (smooth, the same area), as in the dock. Buildings segmented one by one share walls when &apos;Regularize outlines&apos; runs on them together.</source>
        <translation>使用“编码栅格”生成的特征文件夹，将点和框提示转换为多边形。只运行 SAM 的轻量解码器。

点：标签字段 1 = 前景，0 = 背景（无该字段：全为前景）。没有分组字段时每个点是一个对象；有分组字段时，组值相同的点（和框）构成一个对象。框：每个多边形的外接矩形是一个对象，并与其所在组的点合并。提示图层可以是任意坐标系。大于一个切片的对象会延续到相邻切片并合并。输出：每个多边形一个要素，含 score（预测 IoU）、area_m2 和 perimeter_m（椭球面上的真实值）、点数、是否用框、提示类型、轮廓、切片、模型、检查点、来源和时间。最小多边形面积和简化采用文件夹坐标系的单位。

轮廓：原样（掩膜的像素边缘）、建筑物（直角的直墙）、田块（直边）或自然（平滑，面积不变），与停靠面板相同。逐个分割的建筑物在一起运行“规整轮廓”时会共用墙。</translation>
    </message>
</context>
<context>
    <name>SegmentTextAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="282"/>
        <source>Segment by text (SAM 3)</source>
        <translation>按文本分割（SAM 3）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="295"/>
        <source>Feature folder (SAM 3)</source>
        <translation>特征文件夹（SAM 3）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="296"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>文本提示（简短的名词短语）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="305"/>
        <source>Score threshold</source>
        <translation>分数阈值</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="306"/>
        <source>Extent (default: every chip)</source>
        <translation>范围(默认:所有图块)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="310"/>
        <source>Polygons</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="285"/>
        <source>Finds every instance of a concept (&apos;building&apos;, &apos;field&apos;, &apos;lake&apos;) in a feature folder encoded with SAM 3 (sam3.pt), or in the chips touching an extent. SAM 3&apos;s grounding runs on each chip&apos;s cached features; detections scoring at least the threshold become polygons with &apos;concept&apos; and &apos;score&apos; attributes, and the same object found on overlapping chips is kept once (the best-scored). No match gives an empty layer and a message. SAM and SAM 2 folders do not read text.

Example boxes (&apos;more like this one&apos;): polygons drawn around one or a few examples, all within one chip; the text may then be empty. A label field with 0 marks an example of what not to find.</source>
        <translation>在用 SAM 3(sam3.pt)编码的特征文件夹中,或在与某一范围相交的图块中,查找某个概念(“building”、“field”、“lake”)的每个实例。SAM 3 的 grounding 在每个图块缓存的特征上运行;得分不低于阈值的检测结果成为带有“concept”和“score”属性的多边形,在重叠图块上找到的同一对象只保留一次(得分最高的)。没有匹配时得到一个空图层和一条消息。SAM 和 SAM 2 文件夹不读取文本。

示例矩形(“更多类似这个的”):围绕一个或几个示例绘制的多边形,全部位于同一图块内;此时文本可以为空。标签字段为 0 表示不应查找的示例。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="342"/>
        <source>{0} &apos;{1}&apos; polygons.</source>
        <translation>{0} 个“{1}”多边形。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="344"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.</source>
        <translation>没有找到得分不低于 {1:g} 的“{0}”:图层为空。降低阈值可看到较弱的匹配。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="307"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>最小多边形面积（坐标系单位²）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="309"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>检查点（默认：文件夹的）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="297"/>
        <source>Example boxes: objects like these</source>
        <translation>示例框：与之相似的对象</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="300"/>
        <source>Example label (1 like, 0 not like)</source>
        <translation>示例标签（1 相似，0 不相似）</translation>
    </message>
</context>
<context>
    <name>ViewSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="72"/>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="167"/>
        <source>Starting the encode of {0}: loading the model</source>
        <translation>正在开始编码 {0}：加载模型</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="165"/>
        <source>Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).</source>
        <translation>正在将 {0} 编码到 {1},先编码视图中的图块:现在即可点击(点击其他地方会优先编码)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="221"/>
        <source>Encoding stopped: {0}</source>
        <translation>编码已停止:{0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="223"/>
        <source>Encoded: {0} is complete ({1} chips).</source>
        <translation>已编码:{0} 已完成({1} 个图块)。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="246"/>
        <source>Paused: {0} of {1} chips ready (a click still encodes its chip)</source>
        <translation>已暂停:{1} 个图块中 {0} 个已就绪(点击仍会编码其图块)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="248"/>
        <source>Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)</source>
        <translation>已达上限：{1} 个切片中 {0} 个已就绪（点击仍会编码其所在切片；提高上限以继续）</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="250"/>
        <source>Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left</source>
        <translation>从视图编码:{1} 个图块中已完成 {0} 个,{2:.2f} 图块/秒,约剩 {3:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="252"/>
        <source>Encoding from the view: {0} of {1} chips</source>
        <translation>从视图编码:{1} 个图块中已完成 {0} 个</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="129"/>
        <source>The map is zoomed in further than the layer&apos;s deepest zoom: its own pixels are encoded, not finer ones.</source>
        <translation>地图放大程度超过图层的最深缩放级别：编码的是图层自身的像素，而非更精细的像素。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="125"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once.</source>
        <translation>{0}：{1} x {2} 像素，每像素 {3}，{4} 个 {5} 像素的切片（约 {6}），编码时通过 QGIS 获取，视图优先；可立即点击。</translation>
    </message>
</context>
<context>
    <name>WebLayerFetch</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>{0}&apos;s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. Set Pixel size to 0 for the layer&apos;s own.</source>
        <translation>{0} 的最深缩放级别为每像素 {1:.3g} {3}：在 {2:.3g} {3} 时其瓦片被上采样，需编码更多切片且不增加细节。将像素大小设为 0 即使用图层自身的分辨率。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.</source>
        <translation>{0}：{1} x {2} 像素，每像素 {3}，{4} 个 {5} 像素的切片，约需下载 {6}。</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Fetching {0}: tile {1} of {2}</source>
        <translation>正在获取 {0}：第 {1} / {2} 个瓦片</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="86"/>
        <source>{0} tiles fetched from {1} into {2}.</source>
        <translation>已从 {1} 获取 {0} 个瓦片到 {2}。</translation>
    </message>
</context>
<context>
    <name>_SegmentAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="73"/>
        <source>Segment</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>As traced</source>
        <translation>原样</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Fields</source>
        <translation>田块</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
</context>
</TS>
