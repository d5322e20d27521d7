<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>BackgroundTasks</name>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="48"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Já há uma codificação em curso: espere que termine ou cancele-a no gestor de tarefas (em baixo à direita).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="55"/>
        <source>Encoded: {0}.</source>
        <translation>Codificado: {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="63"/>
        <source>Encoding {0}</source>
        <translation>A codificar {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="66"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>A codificar {0}: a carregar o modelo e a ler o primeiro bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="67"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>A codificar {0} em {1} em segundo plano (gestor de tarefas, em baixo à direita: progresso e cancelar).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="78"/>
        <source>Choose a checkpoint first: Measure times its image encoder on this machine.</source>
        <translation>Escolha primeiro um checkpoint: Medir cronometra o seu codificador de imagem nesta máquina.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="81"/>
        <source>Measuring is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Já há uma medição em curso: aguarde ou cancele-a no gestor de tarefas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="88"/>
        <source>Measured: {0}</source>
        <translation>Medido: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="113"/>
        <source>Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all.</source>
        <translation>Os prompts de texto pesquisam uma pasta de características concluída: quando «Codificar a partir da vista…» terminar, carregue a sua pasta e depois «Encontrar todos».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="116"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>Carregue primeiro uma pasta de características codificada com SAM 3: os prompts de texto pesquisam características guardadas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="119"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Já está em curso uma pesquisa de texto: aguarde ou cancele-a no gestor de tarefas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="161"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>Encontrados {0} '{1}' em {2}: camada '{3}'.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="163"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>Nenhum '{0}' encontrado com pontuação de {1:g} ou mais: a camada '{2}' está vazia. Baixe o limiar para ver correspondências mais fracas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="172"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>A procurar '{0}'</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="175"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>A procurar '{0}': a carregar o SAM 3</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="184"/>
        <source>QGIS refused the layer</source>
        <translation>O QGIS recusou a camada</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="185"/>
        <source>Could not add the polygons found for &apos;{0}&apos; to the project: {1}.</source>
        <translation>Não foi possível adicionar ao projeto os polígonos encontrados para «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="208"/>
        <source>Not measured: {0}</source>
        <translation>Não medido: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="97"/>
        <source>Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)</source>
        <translation>A medir o codificador em cada precisão e a verificá-lo em blocos de {0} (da primeira vez é convertido para OpenVINO: um minuto ou mais)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="99"/>
        <source>Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)</source>
        <translation>A medir o codificador: um bloco em cada precisão (escolha um raster em Origem para verificar também a exatidão)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="204"/>
        <source>Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.</source>
        <translation>Ainda não medido: Medir cronometra um bloco em cada precisão e, com um raster em Origem, compara bfloat16 e int8 com float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="209"/>
        <source>{0} on {1}: float32 {2:.2f} s a chip</source>
        <translation>{0} em {1}: float32 {2:.2f} s por bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="213"/>
        <source>{0} {1:.2f} s ({2:.2f}x as fast, {3})</source>
        <translation>{0} {1:.2f} s ({2:.2f}x mais rápido, {3})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>passed the accuracy gate</source>
        <translation>passou no teste de exatidão</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="216"/>
        <source>failed the accuracy gate</source>
        <translation>falhou no teste de exatidão</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="218"/>
        <source>, {0} (IoU median {1:.3f}, worst {2:.3f})</source>
        <translation>, {0} (IoU mediana {1:.3f}, pior {2:.3f})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="223"/>
        <source>{0} cannot run here ({1})</source>
        <translation>{0} não pode correr aqui ({1})</translation>
    </message>
</context>
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="97"/>
        <source>Encode raster (SAM image features)</source>
        <translation>Codificar raster (características de imagem SAM)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="100"/>
        <source>Encode</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="129"/>
        <source>Input raster</source>
        <translation>Raster de entrada</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="130"/>
        <source>Bands (up to 3, in order)</source>
        <translation>Bandas (até 3, por ordem)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="138"/>
        <source>Model family</source>
        <translation>Família de modelo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="139"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="140"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="141"/>
        <source>Compute precision</source>
        <translation>Precisão de cálculo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="142"/>
        <source>Stored feature precision</source>
        <translation>Precisão das características guardadas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="146"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="147"/>
        <source>Chips in the folder</source>
        <translation>Blocos na pasta</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="148"/>
        <source>Chips skipped as nodata</source>
        <translation>Blocos ignorados por não terem dados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="199"/>
        <source>Device: {0}</source>
        <translation>Dispositivo: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="206"/>
        <source>{0}/{1} chips, {2:.2f} chips/s</source>
        <translation>{0}/{1} blocos, {2:.2f} blocos/s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="208"/>
        <source>{0}, about {1:.0f} s left</source>
        <translation>{0}, faltam cerca de {1:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="214"/>
        <source>{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.</source>
        <translation>{0} blocos em {1} ({2} blocos sem dados ignorados), codificados pelo cluster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="216"/>
        <source>{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.</source>
        <translation>{0} blocos em {1} ({2} reutilizados, {3} blocos sem dados ignorados) em {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="175"/>
        <source>{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).</source>
        <translation>{0} é desenhada pelo QGIS: deixe Bandas vazio (é codificado o RGB que o QGIS desenha).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="131"/>
        <source>Extent (default: whole raster)</source>
        <translation>Extensão (por omissão: todo o raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="132"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>SRC (por omissão: o do raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="133"/>
        <source>Pixel size (0 = native)</source>
        <translation>Tamanho do píxel (0 = nativo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="134"/>
        <source>Value range min,max (empty: automatic)</source>
        <translation>Intervalo de valores min,max (vazio: automático)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="135"/>
        <source>Chip size, px (0 = the model&apos;s)</source>
        <translation>Tamanho do bloco, px (0 = o do modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="136"/>
        <source>Stride, px (0 = half a chip)</source>
        <translation>Passo, px (0 = meio bloco)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="137"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (ficheiro ou nome do modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="143"/>
        <source>Dask scheduler address (optional)</source>
        <translation>Endereço do escalonador Dask (opcional)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="106"/>
        <source>Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder then runs only the light decoder.

Bands: up to 3, any order (one band is copied to three). Value range: &apos;min,max&apos; scaled to 0..255; empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, one range for every chip). Chip size 0 = the model&apos;s native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. Compute precision: float32 gives the reference predictors&apos; features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock&apos;s Measure (or python -m encoder measure --raster) found its masks close enough to float32&apos;s on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), or a downloaded model&apos;s name; without a GPU, mobile_sam encodes about six times faster than ViT-B.

Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer&apos;s deepest zoom; a finer one is done, with a warning) over Extent, into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. An interrupted fetch resumes.

The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 for four workers on this machine, encodes on a cluster.</source>
        <translation>Executa o codificador de imagem do Segment Anything (SAM, SAM 2, SAM 3 ou MobileSAM) sobre um raster georreferenciado, bloco a bloco, e escreve uma pasta de características (manifest.parquet + features/chip_NNNNNN.pt). Segmentar a partir dessa pasta executa depois apenas o descodificador leve.

Bandas: até 3, por qualquer ordem (uma banda sozinha é copiada três vezes). Intervalo de valores: «min,max» escalado para 0..255; vazio = automático (8 bits passa tal como está, os outros tipos usam os percentis 2–98 de todo o raster, um só intervalo para todos os blocos). Tamanho do bloco 0 = o tamanho nativo do modelo (1024 px; 1008 para o SAM 3, 256 para o LiteMedSAM); passo 0 = meio bloco. Voltar a executar com as mesmas definições retoma uma codificação interrompida; outras definições numa pasta já usada são recusadas. Precisão de cálculo: float32 dá as características dos preditores de referência; bfloat16 corre numa GPU e, no OpenVINO, em CPUs com AMX / AVX-512 BF16 (Intel Xeon Sapphire Rapids e posteriores, AMD Zen 4 e posteriores; ver docs/performance.md) e é lento noutros CPUs; float16 precisa de uma GPU; int8 corre num CPU no OpenVINO, depois de Medir (no painel, ou python -m encoder measure --raster) ter encontrado as suas máscaras suficientemente próximas das de float32 no seu checkpoint e nas suas imagens. Num CPU, uma precisão que falhou esse teste de exatidão é recusada. O checkpoint é um ficheiro SAM, SAM 2, SAM 3 ou MobileSAM (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...) ou o nome de um modelo descarregado; sem GPU, o mobile_sam codifica cerca de seis vezes mais depressa que o ViT-B.

As camadas web (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) são obtidas através do QGIS, com as suas definições de proxy e autenticação, no tamanho de píxel indicado (0 = o mais fino que a camada serve: o zoom mais profundo de uma camada XYZ / WMTS; um mais fino é feito, com um aviso) sobre a extensão, para a pasta de características; o número de blocos e o tamanho a descarregar são indicados primeiro, e pedidos com mais de 4000 blocos são recusados. Uma obtenção interrompida é retomada.

O checkpoint é primeiro o último escolhido no painel do GeoSAM. Endereço do escalonador Dask (avançado): tcp://host:8786, ou local:4 para quatro workers nesta máquina, codifica num cluster.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="58"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>{0} carregada: {1} bloco(s), modelo {2}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="60"/>
        <source>Loading {0}: the model and its decoder</source>
        <translation>A carregar {0}: o modelo e o seu descodificador</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="69"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>Modo ao vivo em {0}: o primeiro clique numa área codifica o seu bloco ({1}, alguns segundos); os cliques seguintes próximos são imediatos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="74"/>
        <source>Loading {0} for live mode</source>
        <translation>A carregar {0} para o modo direto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="109"/>
        <source>Could not open {0}: {1}</source>
        <translation>Não foi possível abrir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · blocos de {4} px · ao vivo em {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="155"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · blocos de {4} px · pasta {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/session.py" line="158"/>
        <source> · LiteMedSAM: drag a box around each object (a click alone gives a small speck)</source>
        <translation> · LiteMedSAM: desenhe um retângulo à volta de cada objeto (um clique sozinho dá uma pequena mancha)</translation>
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
        <translation>Exportar dados de treino</translation>
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
        <translation>Corta um raster em blocos de imagem que contêm os objetos dos polígonos e escreve os seus rótulos como os treinadores os leem: blocos GeoTIFF (georreferenciados) e cópias PNG ou JPEG, instâncias COCO (annotations/instances_train.json e _val.json; objetos com buracos como RLE), rótulos de segmentação YOLO com um data.yaml e máscaras por bloco (identificadores de classe e de objeto). As classes vêm do campo de classe (vazio: uma classe, 'object').

Os objetos cortados por uma aresta do bloco são recortados ou ignorados; os objetos abaixo da área mínima (píxeis) ficam de fora. Os blocos vão para validação com a proporção dada, sorteados com a semente (a mesma execução dá a mesma divisão). Uma camada web (XYZ, WMS, ...) é obtida através do QGIS sobre a extensão dos polígonos na sua resolução mais fina, como em Codificar raster. A pasta de saída tem de ser nova ou estar vazia; nada fica meio escrito.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="60"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="61"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="62"/>
        <source>Class field</source>
        <translation>Campo de classe</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="63"/>
        <source>Chip size, px</source>
        <translation>Tamanho do bloco, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="64"/>
        <source>Overlap, px</source>
        <translation>Sobreposição, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="65"/>
        <source>Min. object area, px</source>
        <translation>Área mín. do objeto, px</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Objects cut by a chip edge</source>
        <translation>Objetos cortados por uma aresta do bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="66"/>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="67"/>
        <source>Validation share</source>
        <translation>Proporção de validação</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="68"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="69"/>
        <source>Image format</source>
        <translation>Formato de imagem</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="70"/>
        <source>Training data folder</source>
        <translation>Pasta dos dados de treino</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="79"/>
        <source>Choose a raster layer and a polygon layer.</source>
        <translation>Escolha uma camada raster e uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="99"/>
        <source>{0} has no polygons: give a layer with features over the raster.</source>
        <translation>{0} não tem polígonos: indique uma camada com entidades sobre o raster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_training.py" line="120"/>
        <source>{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.</source>
        <translation>{0} blocos de treino e {1} de validação, {2} objetos, classes: {3}; em {4}.</translation>
    </message>
</context>
<context>
    <name>FollowDatesAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="42"/>
        <source>Follow objects through dates</source>
        <translation>Seguir objetos ao longo das datas</translation>
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
        <translation>Rasters de um local em várias datas (uma linha de costa ano após ano, um campo ao longo de uma estação, antes e depois de uma tempestade) e indicações numa delas: o contorno de cada objeto em cada data, uma entidade por objeto e data, com a sua data, a área real (area_m2) e a variação desde a data anterior (change_m2).

Cada raster é codificado uma vez numa pasta de características própria em Pastas de características, na grelha da primeira data (uma execução posterior com as mesmas pastas reutiliza-as). Com um checkpoint SAM 2 / 2.1, a memória do SAM 2 leva cada objeto de data em data, para a frente e para trás a partir da data indicada: pode mover-se, mudar de forma ou desaparecer (found = 0, sem geometria). Os outros modelos descodificam a mesma indicação em cada data (method = same prompt).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="69"/>
        <source>Rasters (one per date)</source>
        <translation>Rasters (um por data)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="70"/>
        <source>Dates (comma-separated; empty: from the files)</source>
        <translation>Datas (separadas por vírgulas; vazio: dos ficheiros)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="71"/>
        <source>Prompts (points, or polygons as boxes)</source>
        <translation>Indicações (pontos, ou polígonos como caixas)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="73"/>
        <source>Object field</source>
        <translation>Campo de objeto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="74"/>
        <source>Date field (the date a prompt is on)</source>
        <translation>Campo de data (a data da indicação)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="75"/>
        <source>Checkpoint (file or model name)</source>
        <translation>Checkpoint (ficheiro ou nome do modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="76"/>
        <source>Feature folders (one per date)</source>
        <translation>Pastas de características (uma por data)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="77"/>
        <source>Objects through dates</source>
        <translation>Objetos ao longo das datas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="87"/>
        <source>Give at least two rasters, one per date.</source>
        <translation>Indique pelo menos dois rasters, um por data.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="90"/>
        <source>Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory).</source>
        <translation>Escolha um checkpoint (um ficheiro SAM 2 / 2.1 segue com a sua memória).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="99"/>
        <source>Choose a prompt layer (points or polygons).</source>
        <translation>Escolha uma camada de indicações (pontos ou polígonos).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="102"/>
        <source>The prompt layer has no features with a geometry: add a point or a box on one date.</source>
        <translation>A camada de indicações não tem entidades com geometria: adicione um ponto ou uma caixa numa data.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="110"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Não é possível criar a camada de saída: verifique o caminho e o formato.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="116"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>Não é possível escrever em {0}: verifique o caminho, o formato e o espaço livre da saída.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="118"/>
        <source>{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).</source>
        <translation>{0} objeto(s) ao longo de {1} data(s): {2} contorno(s), {3} data(s) em que um objeto não foi encontrado ({4}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="133"/>
        <source>No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.</source>
        <translation>Nenhuma data encontrada para {0} (nenhuma nos metadados nem no nome): indique as datas, uma por raster, em Datas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="149"/>
        <source>Give at least one raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Inclua pelo menos um ficheiro raster entre as datas: as camadas web são obtidas sobre a sua extensão, na sua grelha.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="155"/>
        <source>{0} is a web layer: fetching it over {1}&apos;s extent.</source>
        <translation>{0} é uma camada web: a obtê-la sobre a extensão de {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_follow.py" line="59"/>
        <source>Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file&apos;s acquisition date from its metadata, else a date in its name, else the list&apos;s order. Prompts: a point layer (clicks) or a polygon layer (each polygon&apos;s bounding box is a box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place in date order; empty: the earliest): an object&apos;s prompts on the date of its first feature start it, those on other dates correct it there. A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file&apos;s extent, on its grid, into Feature folders (its date from its name, e.g. Esri Wayback&apos;s, where Dates is empty).</source>
        <translation>Datas: uma por raster, separadas por vírgulas (AAAA-MM-DD); vazio: a data de aquisição de cada ficheiro a partir dos seus metadados, senão uma data no seu nome, senão a ordem da lista. Indicações: uma camada de pontos (cliques) ou de polígonos (o retângulo envolvente de cada polígono é uma caixa); o campo de objeto agrupa vários cliques num objeto; o campo de data indica a data de uma indicação (uma data, ou a sua posição na ordem das datas; vazio: a mais antiga): as indicações de um objeto na data da sua primeira entidade iniciam-no, as de outras datas corrigem-no aí. Uma camada web (XYZ, WMS, WMTS, ...) como data é obtida através do QGIS sobre a extensão do ficheiro raster mais antigo, na sua grelha, para as pastas de características (a sua data a partir do nome, p. ex. o do Esri Wayback, se Datas estiver vazio).</translation>
    </message>
</context>
<context>
    <name>FollowedDates</name>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="222"/>
        <source>Add at least two rasters of the same place, one per date.</source>
        <translation>Adicione pelo menos dois rasters do mesmo local, um por data.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="96"/>
        <source>The dates are being encoded or followed: wait for it, or cancel it in the task manager.</source>
        <translation>As datas estão a ser codificadas ou seguidas: aguarde ou cancele no gestor de tarefas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="235"/>
        <source>Encoding the dates was cancelled: Encode dates… again resumes it.</source>
        <translation>A codificação das datas foi cancelada: Codificar datas… retoma-a.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="242"/>
        <source>{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.</source>
        <translation>{0} datas codificadas em {1}: desenhe o objeto numa data com a ferramenta Segmentar e depois Seguir.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="245"/>
        <source>Encoding {0} dates</source>
        <translation>A codificar {0} datas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="325"/>
        <source>Add two or more rasters of one place, then Encode dates…</source>
        <translation>Adicione dois ou mais rasters de um local e depois Codificar datas…</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="327"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} de {2})</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="331"/>
        <source>the object is not there on this date</source>
        <translation>o objeto não está nesta data</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="332"/>
        <source>{0:,.0f} m²</source>
        <translation>{0:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="334"/>
        <source>{0:+,.0f} m² since the date before</source>
        <translation>{0:+,.0f} m² desde a data anterior</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="344"/>
        <source>Encode the dates first (Encode dates…).</source>
        <translation>Codifique primeiro as datas (Codificar datas…).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="347"/>
        <source>Draw the object on the date shown first: a click on it or a box around it (Segment tool).</source>
        <translation>Desenhe primeiro o objeto na data mostrada: um clique nele ou um retângulo à volta (ferramenta Segmentar).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="354"/>
        <source>The map&apos;s CRS changed since the object was started: New object, then draw it again.</source>
        <translation>O SRC do mapa mudou desde que o objeto foi iniciado: Novo objeto e desenhe-o de novo.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="376"/>
        <source>Following was cancelled.</source>
        <translation>O seguimento foi cancelado.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="382"/>
        <source>The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.</source>
        <translation>O objeto em {0} de {1} datas ({2}): mova o cursor para ver cada uma; um prompt noutra data corrige-o aí; S guarda todas as datas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following the object through {0} dates</source>
        <translation>A seguir o objeto por {0} datas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="388"/>
        <source>Following again from {0} correction(s)</source>
        <translation>A seguir de novo a partir de {0} correção(ões)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="109"/>
        <source>Choose a raster layer in the Raster box (2. Source) first.</source>
        <translation>Escolha primeiro uma camada raster na caixa Raster (2. Origem).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="134"/>
        <source>{0} is in the list already.</source>
        <translation>{0} já está na lista.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="126"/>
        <source>{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.</source>
        <translation>{0} não é um raster que o QGIS consiga ler: escolha um GeoTIFF ou outro ficheiro raster.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="262"/>
        <source>Add a raster file among the dates: web layers are fetched over its extent, on its grid.</source>
        <translation>Adicione um arquivo raster entre as datas: as camadas web são baixadas sobre a sua extensão, na sua grade.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).</source>
        <translation>{0} não tem data no nome: clique duas vezes na sua data na lista e digite-a (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/dates.py" line="268"/>
        <source>{0} is no longer in the project: add it again, or remove its row.</source>
        <translation>{0} não está mais no projeto: adicione-a novamente, ou remova a sua linha.</translation>
    </message>
</context>
<context>
    <name>GeoSamAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Cannot write a polygon into {0}: {1}. Check the output&apos;s path, format and free disk space.</source>
        <translation>Não é possível escrever um polígono em {0}: {1}. Verifique o caminho, o formato e o espaço livre em disco da saída.</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="38"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>O checkpoint com que esta pasta foi codificada</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>Checkpoints (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>New output layer</source>
        <translation>Nova camada de saída</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="84"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>Pasta de características para a codificação (vazia ou nova, ou a mesma codificação para retomar)</translation>
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
        <translation>Para codificar e para o modo ao vivo. Uma pasta de características indica o seu próprio checkpoint; ele aparece aqui depois de carregada.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="122"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="161"/>
        <source>Recently loaded feature folders</source>
        <translation>Pastas de características carregadas recentemente</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="163"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Load folder</source>
        <translation>Carregar pasta</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Encode raster…</source>
        <translation>Codificar raster…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>Codificar o raster escolhido acima numa pasta de características, em segundo plano, e depois carregá-la.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="176"/>
        <source>Segment raster live</source>
        <translation>Segmentar raster ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="177"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>Sem pasta de características: o primeiro clique numa área codifica o seu bloco (segundos); os cliques seguintes próximos são imediatos.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="203"/>
        <source>3. Prompts</source>
        <translation>3. Indicações</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>Clique esquerdo: objeto · clique direito: fundo · arrastar: retângulo · S: guardar · Ctrl+Z / Ctrl+Y · Esc: limpar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="209"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="211"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="212"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="213"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="235"/>
        <source>4. Output</source>
        <translation>4. Saída</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="240"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="242"/>
        <source>New scratch</source>
        <translation>Nova camada temporária</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="243"/>
        <source>New GeoPackage…</source>
        <translation>Novo GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="244"/>
        <source>New Shapefile…</source>
        <translation>Novo Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="245"/>
        <source>Save (S)</source>
        <translation>Guardar (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="246"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>No buffer de edição da camada quando está em modo de edição (o desfazer do QGIS reverte-o); caso contrário, diretamente no seu ficheiro.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="255"/>
        <source>5. Options</source>
        <translation>5. Opções</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="276"/>
        <source>Largest polygon only</source>
        <translation>Apenas o maior polígono</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="291"/>
        <source>Result colour</source>
        <translation>Cor do resultado</translation>
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
        <translation>Escolha primeiro uma pasta de características (ou codifique um raster numa).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="312"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>Escolha uma camada raster (2. Origem) e um checkpoint (1. Modelo) para o modo ao vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="327"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Já há uma codificação em curso: espere que termine ou cancele-a no gestor de tarefas (em baixo à direita).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="331"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>Escolha primeiro o raster a codificar na caixa Raster (2. Origem).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="337"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>Escolha primeiro o checkpoint SAM / SAM 2 (1. Modelo).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="584"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>Nada carregado: carregue uma pasta de características, ou codifique um raster ou segmente-o ao vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="155"/>
        <source>2. Source</source>
        <translation>2. Origem</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Show chips</source>
        <translation>Mostrar blocos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>Desenhar os blocos no mapa (no modo ao vivo: os blocos codificados até agora).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="278"/>
        <source>Min. area (units²)</source>
        <translation>Área mín. (unidades²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="279"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>Área mínima de um polígono, em unidades quadradas do SRC da pasta.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="280"/>
        <source>Simplify</source>
        <translation>Simplificar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="281"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>Tolerância de simplificação, em unidades do SRC da pasta (0: nenhuma).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="111"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>Checkpoints oficiais SAM / SAM 2 (e os do seu catálogo): escolha um já transferido, ou transfira-o.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="114"/>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Automatic (GPU if any)</source>
        <translation>Automático (GPU, se houver)</translation>
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
        <translation>Onde correm a codificação e o modo ao vivo; a linha no topo indica o dispositivo em uso.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="129"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="185"/>
        <source>(a checkpoint file)</source>
        <translation>(um ficheiro de checkpoint)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="188"/>
        <source>{0} (downloaded)</source>
        <translation>{0} (transferido)</translation>
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
        <translation>A transferir {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="223"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>Texto (pastas SAM 3): edifício</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="224"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>Encontra cada instância de um conceito na pasta SAM 3 carregada; com um retângulo desenhado no mapa, os objetos como o enquadrado (o texto pode então ficar vazio). Os polígonos vão para uma camada nova.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Find all</source>
        <translation>Encontrar todos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="287"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>Prompts de texto: a pontuação mínima mantida.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="288"/>
        <source>Text score threshold</source>
        <translation>Limiar de pontuação do texto</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="372"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) first.</source>
        <translation>Escolha primeiro uma camada raster (2. Origem) e um checkpoint (1. Modelo).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="182"/>
        <source>Encode from view…</source>
        <translation>Codificar a partir da vista…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="183"/>
        <source>Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue.</source>
        <translation>Codifica o raster numa pasta de características em segundo plano, primeiro os blocos da vista, e segmenta de imediato: um clique num bloco ainda não pronto codifica-o primeiro. Deslocar o mapa reordena a fila.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="184"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>Pause the background encode (a click still encodes its chip); press again to resume.</source>
        <translation>Pausa a codificação em segundo plano (um clique codifica na mesma o seu bloco); prima de novo para retomar.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="363"/>
        <source>{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.</source>
        <translation>{0} não é um ficheiro: use Codificar a partir da vista… (a extensão da vista na resolução do mapa) ou Codificar raster do Processing com uma resolução e uma extensão.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="192"/>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source> chips</source>
        <translation> blocos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip).</source>
        <translation>Codificar a partir da vista…: no máximo este número de blocos em segundo plano, os mais próximos da vista primeiro (um clique continua a codificar o seu bloco).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="348"/>
        <source>Cannot encode into {0}: {1}</source>
        <translation>Não é possível codificar em {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="582"/>
        <source>Loading… (prompts made now are answered when it is ready)</source>
        <translation>A carregar… (as indicações feitas agora são respondidas quando estiver pronto)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="71"/>
        <source>Cannot create the folder {0}: {1}. Choose a folder you can write to.</source>
        <translation>Não é possível criar a pasta {0}: {1}. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="558"/>
        <source>{0}: {1}%</source>
        <translation>{0}: {1}%</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="571"/>
        <source>Save {0} (S)</source>
        <translation>Guardar {0} (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Keep each result</source>
        <translation>Manter cada resultado</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result.</source>
        <translation>Ligado: um retângulo desenhado após um resultado começa o objeto seguinte; os terminados esperam, tracejados, até S os guardar todos. Esc descarta o último. Desligado: um retângulo novo substitui o resultado.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>As traced</source>
        <translation>Tal como traçado</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="259"/>
        <source>Buildings</source>
        <translation>Edifícios</translation>
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
        <translation>Edifícios: sem sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="266"/>
        <source>With the Buildings outline, a building saved is cut where it overlaps the output layer&apos;s features (or the others saved with it).</source>
        <translation>Com o contorno Edifícios, um edifício guardado é cortado onde se sobrepõe às entidades da camada de saída (ou aos outros guardados com ele).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="263"/>
        <source>The outline&apos;s shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer&apos;s buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask&apos;s pixel edges.</source>
        <translation>A forma do contorno, na pré-visualização e no que S guarda. Edifícios: paredes retas em ângulo reto (com Edifícios: sem sobreposição, cortados pelos edifícios da camada). Parcelas: arestas retas em qualquer ângulo. Natural: suave, a mesma área. Tal como traçado: as arestas dos píxeis da máscara.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float32 (reference)</source>
        <translation>float32 (referência)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="134"/>
        <source>float16 (GPU)</source>
        <translation>float16 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="141"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="143"/>
        <source>Time one chip of this checkpoint&apos;s encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background).</source>
        <translation>Cronometrar um bloco do codificador deste checkpoint em cada precisão nesta máquina e comparar bfloat16 e int8 com float32 em blocos do raster de Origem (em segundo plano).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="139"/>
        <source>What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster).</source>
        <translation>Em que calculam «Codificar raster…» e o modo ao vivo. float32 dá as características dos preditores de referência. Num CPU, bfloat16 e int8 correm no OpenVINO, verificados pelo teste de exatidão de Medir no seu checkpoint e raster (máscaras comparadas com as de float32): bfloat16 fica a cinzento onde falhou, int8 é oferecido depois de passar (é calibrado nesse raster).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>A raster of the same place on another date</source>
        <translation>Um raster do mesmo local noutra data</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="44"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="439"/>
        <source>Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory.</source>
        <translation>Escolha primeiro o checkpoint (1. Modelo): um SAM 2 / 2.1 segue com a sua memória.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>typed</source>
        <translation>escrita</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s name</source>
        <translation>do nome do ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the file&apos;s metadata ({0})</source>
        <translation>dos metadados do ficheiro ({0})</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="296"/>
        <source>6. Dates</source>
        <translation>6. Datas</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="299"/>
        <source>One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date.</source>
        <translation>Um objeto ao longo das datas: adicione os rasters, Codificar datas…, desenhe o objeto numa data, Seguir. Um prompt noutra data corrige-o aí; S guarda todas as datas.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="303"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="307"/>
        <source>The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list&apos;s order.</source>
        <translation>A data segundo o ficheiro (os seus metadados de aquisição, senão o nome); duplo clique para escrever outra (AAAA-MM-DD). Nenhuma: a ordem da lista.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="310"/>
        <source>Add layer</source>
        <translation>Adicionar camada</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="311"/>
        <source>Add the Raster box&apos;s layer (2. Source) as a date.</source>
        <translation>Adicionar a camada da caixa Raster (2. Origem) como data.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="312"/>
        <source>Add file…</source>
        <translation>Adicionar ficheiro…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="313"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="314"/>
        <source>Encode dates…</source>
        <translation>Codificar datas…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="315"/>
        <source>Each date into a feature folder of its own under a folder you choose, on the first date&apos;s grid (in the background; a date encoded before is not encoded again).</source>
        <translation>Cada data numa pasta de características própria dentro de uma pasta à sua escolha, na grelha da primeira data (em segundo plano; uma data já codificada não é codificada de novo).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="322"/>
        <source>The date shown: its raster, the object&apos;s outline there, and the folder the Segment tool answers from.</source>
        <translation>A data mostrada: o seu raster, o contorno do objeto nela e a pasta a partir da qual a ferramenta Segmentar responde.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="328"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="329"/>
        <source>Follow the object drawn on the date shown through every date (SAM 2&apos;s memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there.</source>
        <translation>Seguir o objeto desenhado na data mostrada por todas as datas (a memória do SAM 2; outros modelos: o mesmo prompt em cada data). Noutra data que não a primeira, o prompt corrige o objeto aí.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="330"/>
        <source>New object</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>the list&apos;s order (no file has a date)</source>
        <translation>a ordem da lista (nenhum ficheiro tem data)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="413"/>
        <source>Intel GPU (OpenVINO) {0}</source>
        <translation>GPU Intel (OpenVINO) {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>from the layer&apos;s name</source>
        <translation>do nome da camada</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="98"/>
        <source>GeoSAM segmentation dock</source>
        <translation>Painel de segmentação GeoSAM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Encode raster (Processing)…</source>
        <translation>Codificar raster (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>Segmentar a partir de camadas de indicações (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="109"/>
        <source>Segment everything (Processing)…</source>
        <translation>Segmentar tudo (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="149"/>
        <source>{0} failed: {1}</source>
        <translation>{0} falhou: {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="165"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>Não foi possível abrir o painel GeoSAM: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="190"/>
        <source>The installer could not start: {0}</source>
        <translation>O instalador não pôde iniciar: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120"/>
        <source>About GeoSAM and its documentation…</source>
        <translation>Sobre o GeoSAM e a sua documentação…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="135"/>
        <source>Could not open a web browser: GeoSAM&apos;s documentation is at {0}</source>
        <translation>Não foi possível abrir um navegador web: a documentação do GeoSAM está em {0}</translation>
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
        <translation>Apenas CPU</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="48"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="51"/>
        <source>torch build</source>
        <translation>Versão do torch</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="55"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>Offline: uma pasta criada com 'python3 geo_sam_plugin/install/python_env.py bundle' numa máquina com internet.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="56"/>
        <source>From a folder of wheels (offline)</source>
        <translation>A partir de uma pasta de wheels (offline)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="188"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="136"/>
        <source>as given</source>
        <translation>conforme indicado</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="143"/>
        <source>Installing…</source>
        <translation>A instalar…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="30"/>
        <source>GeoSAM: the runtime</source>
        <translation>GeoSAM: o ambiente de execução</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="112"/>
        <source>{0}
GeoSAM&apos;s engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS&apos;s Python into {1}; nothing QGIS itself uses is changed.
{2}</source>
        <translation>{0}
O motor do GeoSAM (torch, Segment Anything) corre num ambiente Python próprio, construído a partir do Python do QGIS em {1}; nada do que o QGIS usa é alterado.
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
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="90"/>
        <source>Checking this machine's NVIDIA driver…</source>
        <translation>A verificar o controlador NVIDIA desta máquina…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="37"/>
        <source>measuring…</source>
        <translation>a medir…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="68"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="69"/>
        <source>Install only what this GeoSAM version needs and the runtime lacks (the same torch build)</source>
        <translation>Instalar apenas o que esta versão do GeoSAM precisa e falta ao ambiente (a mesma compilação do torch)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="105"/>
        <source> (built for GeoSAM {0})</source>
        <translation> (criado para o GeoSAM {0})</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="106"/>
        <source>GeoSAM&apos;s runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.
Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).
{5}</source>
        <translation>O ambiente de execução do GeoSAM está instalado em {0}{1}: {2}, {3} em disco; o seu Python: {4}.
Atualizar instala apenas o que esta versão do GeoSAM precisa; Reparar cria-o de novo; Remover apaga-o (desinstalar o plugin não o faz).
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
        <translation>A atualizar…</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Remove GeoSAM&apos;s runtime?</source>
        <translation>Remover o ambiente de execução do GeoSAM?</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="162"/>
        <source>Delete GeoSAM&apos;s runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? GeoSAM cannot encode or segment until it is installed again.</source>
        <translation>Apagar o ambiente de execução do GeoSAM em {0} ({1}) e o Python a partir do qual foi criado, se o GeoSAM o descarregou? O GeoSAM não pode codificar nem segmentar até ser instalado de novo.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="185"/>
        <source> Also removed: {0}.</source>
        <translation> Também removido: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="186"/>
        <source> Left in place: the models folder {0}.</source>
        <translation> Mantida: a pasta de modelos {0}.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="187"/>
        <source>GeoSAM&apos;s runtime was removed from {0}.{1}{2}</source>
        <translation>O ambiente de execução do GeoSAM foi removido de {0}.{1}{2}</translation>
    </message>
</context>
<context>
    <name>MeasureTask</name>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="47"/>
        <source>float16 needs a CUDA GPU.</source>
        <translation>float16 precisa de uma GPU CUDA.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="49"/>
        <source>int8 runs on the CPU only.</source>
        <translation>int8 só corre no CPU.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="51"/>
        <source>Measure with a raster in Source first: int8 is calibrated on it and checked against float32.</source>
        <translation>Meça primeiro com um raster em Origem: int8 é calibrado nele e comparado com float32.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="57"/>
        <source>Failed the accuracy gate: {0}</source>
        <translation>Falhou no teste de exatidão: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/measure_task.py" line="44"/>
        <source>An Intel GPU computes in float32, float16 or int8.</source>
        <translation>Uma GPU Intel calcula em float32, float16 ou int8.</translation>
    </message>
</context>
<context>
    <name>OutputLayers</name>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="41"/>
        <source>QGIS could not add the layer {0}: {1}.</source>
        <translation>O QGIS não conseguiu adicionar a camada {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="60"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>Não é possível criar {0}: {1}. Escolha outro ficheiro ou pasta.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="80"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>Nada a guardar: clique primeiro num objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="84"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>Escolha (ou crie) uma camada de polígonos de saída antes de guardar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="87"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} não é uma camada de polígonos: escolha outra camada de saída.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="132"/>
        <source>Could not transform a polygon into {0}&apos;s CRS ({1}): nothing was saved.</source>
        <translation>Não foi possível transformar um polígono para o SRC de {0} ({1}): nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="104"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0} (no seu buffer de edição: guarde ou cancele as edições da camada como habitualmente)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>Não foi possível guardar em {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="110"/>
        <source>the layer is read-only</source>
        <translation>a camada é só de leitura</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="114"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>{0} polígono(s) guardado(s) em {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="119"/>
        <source>The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).</source>
        <translation>A camada não tem o(s) campo(s) {0}: esses valores não foram guardados (uma camada nova criada a partir do painel tem-nos).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="78"/>
        <source>Nothing to save: drag a box around an object first.</source>
        <translation>Nada para guardar: desenhe primeiro um retângulo à volta de um objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="94"/>
        <source>Nothing new to save: the outline lies within {0}&apos;s existing features.</source>
        <translation>Nada de novo para guardar: o contorno está dentro das entidades existentes de {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="116"/>
        <source>{0} lay within existing features and were not saved.</source>
        <translation>{0} estavam dentro de entidades existentes e não foram guardados.</translation>
    </message>
</context>
<context>
    <name>Prompting</name>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="101"/>
        <source>Load a feature folder first.</source>
        <translation>Carregue primeiro uma pasta de características.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="178"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>A segmentar (o primeiro clique numa área codifica o seu bloco)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="206"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>Nada encontrado aqui: nenhuma máscara passou (tente outro ponto ou um retângulo).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="213"/>
        <source>Encoding this area… (click to encode it first)</source>
        <translation>A codificar esta área… (clique para a codificar primeiro)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/prompting.py" line="72"/>
        <source>{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).</source>
        <translation>{0} resultado(s) não guardado(s) descartado(s): outra pasta ou outro SRC do mapa recomeça (guarde antes de mudar).</translation>
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
        <translation>Torna utilizáveis tal como estão os contornos traçados (a escada de píxeis de uma máscara, do GeoSAM ou de outra ferramenta).

Edifícios: paredes retas em ângulo reto (ou a 45 graus), ajustadas ao contorno traçado para manter a área ocupada; reentrâncias menores do que a reentrância mais pequena são fundidas; edifícios mais próximos do que o afastamento dos vizinhos e com quase o mesmo ângulo mantêm uma parede partilhada, sem sobreposição nem intervalo. Parcelas: arestas retas em qualquer ângulo, a área mantida. Natural: suave, a área mantida (lagos, florestas, deslizamentos). Buracos menores do que a área de preenchimento são preenchidos.

A tolerância, a reentrância mais pequena e o afastamento dos vizinhos estão nas unidades do SRC da camada (metros para um SRC geográfico; 0 = o dobro da tolerância); cerca de 1,5 vezes o tamanho do píxel da imagem serve para uma máscara traçada. Todos os campos são mantidos.</translation>
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
        <translation>Edifícios</translation>
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
        <translation>Tolerância</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>Building angles</source>
        <translation>Ângulos dos edifícios</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>90 degrees</source>
        <translation>90 graus</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="62"/>
        <source>45 degrees</source>
        <translation>45 graus</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="63"/>
        <source>Smallest notch (0 = auto)</source>
        <translation>Reentrância mais pequena (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="64"/>
        <source>Neighbour gap (0 = auto)</source>
        <translation>Afastamento dos vizinhos (0 = auto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="65"/>
        <source>Fill holes under (area)</source>
        <translation>Preencher buracos abaixo de (área)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="66"/>
        <source>Regularized</source>
        <translation>Regularizados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="73"/>
        <source>Choose a polygon layer to regularize.</source>
        <translation>Escolha uma camada de polígonos a regularizar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="76"/>
        <source>Give a tolerance above 0 (about 1.5 times the imagery&apos;s pixel size).</source>
        <translation>Indique uma tolerância acima de 0 (cerca de 1,5 vezes o tamanho do píxel da imagem).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="88"/>
        <source>Cannot create the output layer: check its path and format.</source>
        <translation>Não é possível criar a camada de saída: verifique o caminho e o formato.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="111"/>
        <source>Cannot write into {0}: check the output&apos;s path, format and free disk space.</source>
        <translation>Não é possível escrever em {0}: verifique o caminho, o formato e o espaço livre da saída.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="114"/>
        <source>{0} outlines regularized ({1}).</source>
        <translation>{0} contornos regularizados ({1}).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_regularize.py" line="52"/>
        <source>Fill holes is an area in the layer&apos;s units (square metres for a geographic CRS). Z and M values are dropped and curves made straight. Outlines are sent to GeoSAM&apos;s engine 5,000 at a time, west to east: neighbours share walls within those. GeoSAM&apos;s own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out.</source>
        <translation>Preencher buracos é uma área nas unidades da camada (metros quadrados para um SRC geográfico). Os valores Z e M são removidos e as curvas tornadas retas. Os contornos são enviados ao motor do GeoSAM 5000 de cada vez, de oeste para leste: os vizinhos partilham paredes dentro de cada lote. Os campos próprios do GeoSAM (area_m2, perimeter_m, style) são atualizados para os novos contornos; entidades sem geometria ficam de fora.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="106"/>
        <source>GeoSAM: object through dates</source>
        <translation>GeoSAM: objeto ao longo das datas</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="229"/>
        <source>Segment everything</source>
        <translation>Segmentar tudo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="239"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="240"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensão (por omissão: todos os blocos)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="241"/>
        <source>Points per chip side</source>
        <translation>Pontos por lado do bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="242"/>
        <source>Predicted IoU threshold</source>
        <translation>Limiar de IoU previsto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="243"/>
        <source>Stability score threshold</source>
        <translation>Limiar de estabilidade</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="247"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="232"/>
        <source>Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each giving SAM&apos;s three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one.</source>
        <translation>Máscaras automáticas sobre cada bloco de uma pasta de características (ou de uma extensão): uma grelha de pontos por bloco, cada um dando as três máscaras do SAM, mantidas quando o IoU previsto e a pontuação de estabilidade atingem os seus limiares. Os polígonos encontrados duas vezes onde os blocos se sobrepõem (ou por pontos vizinhos) são removidos por IoU, mantendo o de melhor pontuação.</translation>
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
        <translation>0 polígonos: nenhuma máscara atingiu os limiares (IoU previsto &gt;= {0:g}, estabilidade &gt;= {1:g}{2}). Baixe-os, ou acrescente pontos por lado de bloco.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="244"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. do polígono (unidades do SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="246"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por omissão: o da pasta)</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="124"/>
        <source>Segment from prompt layers</source>
        <translation>Segmentar a partir de camadas de indicações</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="140"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="141"/>
        <source>Point prompts</source>
        <translation>Indicações de pontos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="142"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>Campo de etiqueta (1 objeto, 0 fundo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="143"/>
        <source>Group field (one object per group)</source>
        <translation>Campo de grupo (um objeto por grupo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="144"/>
        <source>Box prompts</source>
        <translation>Indicações de retângulos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="150"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.</source>
        <translation>Ignorado(s) {0} objeto(s) só com pontos de fundo (etiqueta 0) e sem retângulo: um ponto de fundo só refina um objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="218"/>
        <source>{0} polygons from {1} prompt objects.</source>
        <translation>{0} polígonos a partir de {1} objetos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="145"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. do polígono (unidades do SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="146"/>
        <source>Largest polygon of each object only</source>
        <translation>Apenas o maior polígono de cada objeto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="147"/>
        <source>Simplify (CRS units, 0 = none)</source>
        <translation>Simplificar (unidades do SRC, 0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="149"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por omissão: o da pasta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="127"/>
        <source>Turns point and box prompts into polygons with a feature folder made by &apos;Encode raster&apos;. Only SAM&apos;s light decoder runs.

Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon&apos;s bounding box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. Min. polygon area and Simplify are in the folder&apos;s CRS units.

Outline: As traced (the mask&apos;s pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural (smooth, the same area), as in the dock. Buildings segmented one by one share walls when &apos;Regularize outlines&apos; runs on them together.</source>
        <translation>Transforma pontos e retângulos em polígonos, com uma pasta de características criada por 'Codificar raster'. Só corre o descodificador leve do SAM.

Pontos: campo de rótulo 1 = primeiro plano, 0 = fundo (campo em falta: tudo primeiro plano). Sem campo de grupo, cada ponto é um objeto; com um, os pontos (e retângulos) que partilham um valor de grupo formam um objeto. Retângulos: o retângulo envolvente de cada polígono é um objeto, combinado com os pontos do seu grupo. As camadas de indicações podem estar em qualquer SRC. Objetos maiores do que um bloco são seguidos nos blocos vizinhos e fundidos. Saída: uma entidade por polígono com score (IoU prevista), area_m2 e perimeter_m (reais, no elipsoide), contagens de pontos, retângulo usado, indicação, contorno, blocos, modelo, checkpoint, fonte e hora. Área mín. e Simplificar estão nas unidades do SRC da pasta.

Contorno: Tal como traçado (as arestas dos píxeis da máscara), Edifícios (paredes retas em ângulo reto), Parcelas (arestas retas) ou Natural (suave, a mesma área), como no painel. Edifícios segmentados um a um partilham paredes quando 'Regularizar contornos' corre sobre todos juntos.</translation>
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
        <translation>Pasta de características (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="296"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>Prompt de texto (uma frase nominal curta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="305"/>
        <source>Score threshold</source>
        <translation>Limiar de pontuação</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="306"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensão (por omissão: todos os blocos)</translation>
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
        <translation>Encontra cada ocorrência de um conceito («building», «field», «lake») numa pasta de características codificada com o SAM 3 (sam3.pt), ou nos blocos que tocam uma extensão. O grounding do SAM 3 corre sobre as características guardadas de cada bloco; as deteções com pontuação de pelo menos o limiar tornam-se polígonos com os atributos «concept» e «score», e o mesmo objeto encontrado em blocos sobrepostos é mantido uma só vez (o de melhor pontuação). Sem correspondências obtém-se uma camada vazia e uma mensagem. As pastas SAM e SAM 2 não leem texto.

Retângulos de exemplo («mais como este»): polígonos desenhados à volta de um ou poucos exemplos, todos dentro de um bloco; o texto pode então ficar vazio. Um campo de etiqueta com 0 marca um exemplo do que não se deve encontrar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="342"/>
        <source>{0} &apos;{1}&apos; polygons.</source>
        <translation>{0} polígonos «{1}».</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="344"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.</source>
        <translation>Nenhum «{0}» encontrado com pontuação de {1:g} ou mais: a camada está vazia. Baixe o limiar para ver correspondências mais fracas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="307"/>
        <source>Min. polygon area (CRS units²)</source>
        <translation>Área mín. do polígono (unidades do SRC²)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="309"/>
        <source>Checkpoint (default: the folder&apos;s)</source>
        <translation>Checkpoint (por omissão: o da pasta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="297"/>
        <source>Example boxes: objects like these</source>
        <translation>Retângulos de exemplo: objetos como estes</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="300"/>
        <source>Example label (1 like, 0 not like)</source>
        <translation>Rótulo de exemplo (1 como, 0 não como)</translation>
    </message>
</context>
<context>
    <name>ViewSession</name>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="72"/>
        <source>Could not open {0}: {1}</source>
        <translation>Não foi possível abrir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="167"/>
        <source>Starting the encode of {0}: loading the model</source>
        <translation>A iniciar a codificação de {0}: a carregar o modelo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="165"/>
        <source>Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).</source>
        <translation>A codificar {0} em {1}, primeiro os blocos da vista: clique já (um clique noutro sítio é codificado primeiro).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="221"/>
        <source>Encoding stopped: {0}</source>
        <translation>Codificação parada: {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="223"/>
        <source>Encoded: {0} is complete ({1} chips).</source>
        <translation>Codificado: {0} está completo ({1} blocos).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="246"/>
        <source>Paused: {0} of {1} chips ready (a click still encodes its chip)</source>
        <translation>Em pausa: {0} de {1} blocos prontos (um clique codifica na mesma o seu bloco)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="248"/>
        <source>Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)</source>
        <translation>Limite atingido: {0} de {1} blocos prontos (um clique continua a codificar o seu bloco; aumente o limite para continuar)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="250"/>
        <source>Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left</source>
        <translation>A codificar a partir da vista: {0} de {1} blocos, {2:.2f} blocos/s, faltam cerca de {3:.0f} s</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="252"/>
        <source>Encoding from the view: {0} of {1} chips</source>
        <translation>A codificar a partir da vista: {0} de {1} blocos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="129"/>
        <source>The map is zoomed in further than the layer&apos;s deepest zoom: its own pixels are encoded, not finer ones.</source>
        <translation>O mapa está mais ampliado do que o zoom mais profundo da camada: são codificados os seus próprios píxeis, não outros mais finos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/view_session.py" line="125"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once.</source>
        <translation>{0}: {1} x {2} px a {3} por píxel, {4} blocos de {5} px (cerca de {6}), obtidos através do QGIS enquanto é codificado, a vista primeiro; clique já.</translation>
    </message>
</context>
<context>
    <name>WebLayerFetch</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>{0}&apos;s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. Set Pixel size to 0 for the layer&apos;s own.</source>
        <translation>O zoom mais profundo de {0} é de {1:.3g} {3} por píxel: a {2:.3g} {3} os seus blocos são sobreamostrados, mais blocos a codificar e nenhum detalhe ganho. Defina Tamanho do píxel como 0 para o da camada.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.</source>
        <translation>{0}: {1} x {2} px a {3} por píxel, {4} blocos de {5} px, cerca de {6} a descarregar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Fetching {0}: tile {1} of {2}</source>
        <translation>A obter {0}: bloco {1} de {2}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="86"/>
        <source>{0} tiles fetched from {1} into {2}.</source>
        <translation>{0} blocos obtidos de {1} para {2}.</translation>
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
        <translation>Tal como traçado</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="70"/>
        <source>Buildings</source>
        <translation>Edifícios</translation>
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
