<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>EncodeRasterAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="37"/>
        <source>Encode raster (SAM image features)</source>
        <translation>Codificar raster (características de imagem SAM)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="40"/>
        <source>Encode</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="62"/>
        <source>Input raster</source>
        <translation>Raster de entrada</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="63"/>
        <source>Bands (up to 3, in order)</source>
        <translation>Bandas (até 3, por ordem)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="64"/>
        <source>Extent to encode (default: whole raster)</source>
        <translation>Extensão a codificar (por omissão: todo o raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="65"/>
        <source>Reproject to CRS (default: the raster&apos;s)</source>
        <translation>Reprojetar para o SRC (por omissão: o do raster)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="66"/>
        <source>Resample to pixel size (0 = native)</source>
        <translation>Reamostrar para o tamanho de pixel (0 = nativo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="67"/>
        <source>Value range &apos;min,max&apos; (empty = automatic)</source>
        <translation>Intervalo de valores 'min,max' (vazio = automático)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="68"/>
        <source>Chip size in pixels (0 = model default)</source>
        <translation>Tamanho do bloco em pixels (0 = o do modelo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="69"/>
        <source>Stride in pixels (0 = half a chip)</source>
        <translation>Passo em pixels (0 = meio bloco)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="70"/>
        <source>SAM / SAM2 checkpoint (a file, or a downloaded model&apos;s name such as sam_vit_b)</source>
        <translation>Checkpoint SAM / SAM2 (um ficheiro, ou o nome de um modelo transferido como sam_vit_b)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="71"/>
        <source>Model family</source>
        <translation>Família de modelo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="72"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="73"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="74"/>
        <source>Compute precision</source>
        <translation>Precisão de cálculo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="75"/>
        <source>Stored feature precision</source>
        <translation>Precisão das características guardadas</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="76"/>
        <source>Dask scheduler address (optional: encode on a cluster, e.g. tcp://host:8786 or local:4)</source>
        <translation>Endereço do escalonador Dask (opcional: codificar num cluster, p. ex. tcp://host:8786 ou local:4)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="79"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="80"/>
        <source>Chips in the folder</source>
        <translation>Blocos na pasta</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_encode.py" line="81"/>
        <source>Chips skipped as nodata</source>
        <translation>Blocos ignorados por não terem dados</translation>
    </message>
</context>
<context>
    <name>GeoSamDock</name>
    <message>
        <location filename="../ui/dock.py" line="31"/>
        <source>The checkpoint this folder was encoded with</source>
        <translation>O checkpoint com que esta pasta foi codificada</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="93"/>
        <source>Checkpoints (*.pth *.pt)</source>
        <translation>Checkpoints (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="37"/>
        <source>New output layer</source>
        <translation>Nova camada de saída</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="42"/>
        <source>Feature folder for the encode (empty or new, or the same encode to resume)</source>
        <translation>Pasta de características para a codificação (vazia ou nova, ou a mesma codificação para retomar)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="50"/>
        <source>GeoSAM</source>
        <translation>GeoSAM</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="90"/>
        <source>1. Model</source>
        <translation>1. Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="95"/>
        <source>For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded.</source>
        <translation>Para codificar e para o modo ao vivo. Uma pasta de características indica o seu próprio checkpoint; ele aparece aqui depois de carregada.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="105"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="130"/>
        <source>Recently loaded feature folders</source>
        <translation>Pastas de características carregadas recentemente</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="132"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="133"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="135"/>
        <source>Load folder</source>
        <translation>Carregar pasta</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="136"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="142"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="144"/>
        <source>Encode raster…</source>
        <translation>Codificar raster…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="145"/>
        <source>Encode the raster chosen above into a feature folder, as a background task, then load it.</source>
        <translation>Codificar o raster escolhido acima numa pasta de características, em segundo plano, e depois carregá-la.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="146"/>
        <source>Segment raster live</source>
        <translation>Segmentar raster ao vivo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="147"/>
        <source>No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant.</source>
        <translation>Sem pasta de características: o primeiro clique numa área codifica o seu bloco (segundos); os cliques seguintes próximos são imediatos.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="158"/>
        <source>3. Prompts</source>
        <translation>3. Indicações</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="160"/>
        <source>Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear</source>
        <translation>Clique esquerdo: objeto · clique direito: fundo · arrastar: retângulo · S: guardar · Ctrl+Z / Ctrl+Y · Esc: limpar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="164"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="166"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="167"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="168"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="186"/>
        <source>4. Output</source>
        <translation>4. Saída</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="191"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="193"/>
        <source>New scratch</source>
        <translation>Nova camada temporária</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="194"/>
        <source>New GeoPackage…</source>
        <translation>Novo GeoPackage…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="195"/>
        <source>New Shapefile…</source>
        <translation>Novo Shapefile…</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="196"/>
        <source>Save (S)</source>
        <translation>Guardar (S)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="197"/>
        <source>Into the layer&apos;s edit buffer when it is in edit mode (QGIS&apos;s undo takes it back), otherwise straight to its file.</source>
        <translation>No buffer de edição da camada quando está em modo de edição (o desfazer do QGIS reverte-o); caso contrário, diretamente no seu ficheiro.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="205"/>
        <source>5. Options</source>
        <translation>5. Opções</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="215"/>
        <source>Largest polygon only</source>
        <translation>Apenas o maior polígono</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="230"/>
        <source>Result colour</source>
        <translation>Cor do resultado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="74"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="75"/>
        <source>Shapefile (*.shp)</source>
        <translation>Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="194"/>
        <source>Choose a feature folder first (or encode a raster into one).</source>
        <translation>Escolha primeiro uma pasta de características (ou codifique um raster numa).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="227"/>
        <source>Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode.</source>
        <translation>Escolha uma camada raster (2. Origem) e um checkpoint (1. Modelo) para o modo ao vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="242"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Já há uma codificação em curso: espere que termine ou cancele-a no gestor de tarefas (em baixo à direita).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="246"/>
        <source>Choose the raster to encode in the Raster box (2. Source) first.</source>
        <translation>Escolha primeiro o raster a codificar na caixa Raster (2. Origem).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="250"/>
        <source>Choose the SAM / SAM 2 checkpoint (1. Model) first.</source>
        <translation>Escolha primeiro o checkpoint SAM / SAM 2 (1. Modelo).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="350"/>
        <source>Nothing loaded: load a feature folder, or encode or go live on a raster.</source>
        <translation>Nada carregado: carregue uma pasta de características, ou codifique um raster ou segmente-o ao vivo.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>bfloat16 (2-3x faster here)</source>
        <translation>bfloat16 (2-3x mais rápido aqui)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="115"/>
        <source>bfloat16 (GPUs; slow here)</source>
        <translation>bfloat16 (GPUs; lento aqui)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="116"/>
        <source>Encode (Encode raster…, live mode) in bfloat16. Masks from bfloat16 features matched float32's at IoU 0.999 in make bench; float32 gives the reference predictors' features.</source>
        <translation>Codificar em bfloat16 (Codificar raster…, modo ao vivo). As máscaras de características bfloat16 coincidiram com as de float32 com IoU 0,999 no make bench; float32 dá as características dos preditores de referência.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="124"/>
        <source>2. Source</source>
        <translation>2. Origem</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="151"/>
        <source>Show chips</source>
        <translation>Mostrar blocos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="152"/>
        <source>Draw the chip footprints on the map (in live mode: the chips encoded so far).</source>
        <translation>Desenhar os blocos no mapa (no modo ao vivo: os blocos codificados até agora).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="217"/>
        <source>Min. area (units²)</source>
        <translation>Área mín. (unidades²)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="218"/>
        <source>Minimum polygon area, in square units of the folder&apos;s CRS.</source>
        <translation>Área mínima de um polígono, em unidades quadradas do SRC da pasta.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="219"/>
        <source>Simplify</source>
        <translation>Simplificar</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="220"/>
        <source>Simplify tolerance, in units of the folder&apos;s CRS (0: none).</source>
        <translation>Tolerância de simplificação, em unidades do SRC da pasta (0: nenhuma).</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="97"/>
        <source>Official SAM / SAM 2 checkpoints (and your catalogue&apos;s): pick a downloaded one, or download it.</source>
        <translation>Checkpoints oficiais SAM / SAM 2 (e os do seu catálogo): escolha um já transferido, ou transfira-o.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="100"/>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="104"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Automatic (GPU if any)</source>
        <translation>Automático (GPU, se houver)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="110"/>
        <source>Where encoding and live mode run; the line at the top says which device is in use.</source>
        <translation>Onde correm a codificação e o modo ao vivo; a linha no topo indica o dispositivo em uso.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="112"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="118"/>
        <source>(a checkpoint file)</source>
        <translation>(um ficheiro de checkpoint)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source>{0} (downloaded)</source>
        <translation>{0} (transferido)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="123"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} MB)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="178"/>
        <source>Downloading {0}</source>
        <translation>A transferir {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="107"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="174"/>
        <source>Text (SAM 3 folders): building</source>
        <translation>Texto (pastas SAM 3): edifício</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="175"/>
        <source>Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.</source>
        <translation>Encontra cada instância de um conceito na pasta SAM 3 carregada; com um retângulo desenhado no mapa, os objetos como o enquadrado (o texto pode então ficar vazio). Os polígonos vão para uma camada nova.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="178"/>
        <source>Find all</source>
        <translation>Encontrar todos</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="226"/>
        <source>Text prompts: the lowest score kept.</source>
        <translation>Prompts de texto: a pontuação mínima mantida.</translation>
    </message>
    <message>
        <location filename="../ui/dock_sections.py" line="227"/>
        <source>Text score threshold</source>
        <translation>Limiar de pontuação do texto</translation>
    </message>
</context>
<context>
    <name>GeoSamPlugin</name>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>GeoSAM segmentation dock</source>
        <translation>Painel de segmentação GeoSAM</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="77"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>Encode raster (Processing)…</source>
        <translation>Codificar raster (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>Segment from prompt layers (Processing)…</source>
        <translation>Segmentar a partir de camadas de indicações (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>Segment everything (Processing)…</source>
        <translation>Segmentar tudo (Processamento)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106"/>
        <source>{0} failed: {1}</source>
        <translation>{0} falhou: {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="122"/>
        <source>Could not open the GeoSAM dock: {0}</source>
        <translation>Não foi possível abrir o painel GeoSAM: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="133"/>
        <source>All of GeoSAM&apos;s Python packages are installed.</source>
        <translation>Todos os pacotes Python do GeoSAM estão instalados.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="138"/>
        <source>The installer could not start: {0}</source>
        <translation>O instalador não pôde iniciar: {0}</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../ui/install_dialog.py" line="15"/>
        <source>GeoSAM: install Python packages</source>
        <translation>GeoSAM: instalar pacotes Python</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="21"/>
        <source>GeoSAM needs: {0}.
They are installed for QGIS&apos;s Python into {1}; nothing QGIS itself uses is replaced.
{2}</source>
        <translation>O GeoSAM precisa de: {0}.
São instalados para o Python do QGIS em {1}; nada do que o QGIS usa é substituído.
{2}</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="24"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="25"/>
        <source>CPU only</source>
        <translation>Apenas CPU</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="26"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="29"/>
        <source>torch build</source>
        <translation>Versão do torch</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="33"/>
        <source>Offline: a folder made by &apos;python3 geo_sam_plugin/install/python_env.py bundle&apos; on a machine with internet.</source>
        <translation>Offline: uma pasta criada com 'python3 geo_sam_plugin/install/python_env.py bundle' numa máquina com internet.</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="34"/>
        <source>From a folder of wheels (offline)</source>
        <translation>A partir de uma pasta de wheels (offline)</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="44"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="60"/>
        <source>as given</source>
        <translation>conforme indicado</translation>
    </message>
    <message>
        <location filename="../ui/install_dialog.py" line="70"/>
        <source>Installing…</source>
        <translation>A instalar…</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="105"/>
        <source>Fast decoder unavailable ({0}); using the reference decoder.</source>
        <translation>Descodificador rápido indisponível ({0}); a usar o descodificador de referência.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="110"/>
        <source>Loaded {0}: {1} chip(s), model {2}.</source>
        <translation>{0} carregada: {1} bloco(s), modelo {2}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="128"/>
        <source>Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.</source>
        <translation>Modo ao vivo em {0}: o primeiro clique numa área codifica o seu bloco ({1}, alguns segundos); os cliques seguintes próximos são imediatos.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="140"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}</source>
        <translation>{0} ({1}) · {2} · {3} · blocos de {4} px · ao vivo em {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="140"/>
        <source>{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}</source>
        <translation>{0} ({1}) · {2} · {3} · blocos de {4} px · pasta {5}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="34"/>
        <source>An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right).</source>
        <translation>Já há uma codificação em curso: espere que termine ou cancele-a no gestor de tarefas (em baixo à direita).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="41"/>
        <source>Encoded: {0}.</source>
        <translation>Codificado: {0}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="49"/>
        <source>Encoding {0}</source>
        <translation>A codificar {0}</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="52"/>
        <source>Encoding {0}: loading the model and reading the first chip</source>
        <translation>A codificar {0}: a carregar o modelo e a ler o primeiro bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="53"/>
        <source>Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).</source>
        <translation>A codificar {0} em {1} em segundo plano (gestor de tarefas, em baixo à direita: progresso e cancelar).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="206"/>
        <source>Load a feature folder first.</source>
        <translation>Carregue primeiro uma pasta de características.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="252"/>
        <source>Segmenting (the first click in an area encodes its chip)</source>
        <translation>A segmentar (o primeiro clique numa área codifica o seu bloco)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/controller.py" line="270"/>
        <source>Nothing found at this prompt: no mask passed (try another point, or a box).</source>
        <translation>Nada encontrado aqui: nenhuma máscara passou (tente outro ponto ou um retângulo).</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="44"/>
        <source>Cannot create {0}: {1}. Choose another file or folder.</source>
        <translation>Não é possível criar {0}: {1}. Escolha outro ficheiro ou pasta.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="58"/>
        <source>Nothing to save: click on an object first.</source>
        <translation>Nada a guardar: clique primeiro num objeto.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="62"/>
        <source>Choose an output polygon layer (or create one) before saving.</source>
        <translation>Escolha (ou crie) uma camada de polígonos de saída antes de guardar.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="65"/>
        <source>{0} is not a polygon layer: choose another output layer.</source>
        <translation>{0} não é uma camada de polígonos: escolha outra camada de saída.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="89"/>
        <source>{0} (in its edit buffer: save or cancel the layer&apos;s edits as usual)</source>
        <translation>{0} (no seu buffer de edição: guarde ou cancele as edições da camada como habitualmente)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="95"/>
        <source>Could not save into {0}: {1}.</source>
        <translation>Não foi possível guardar em {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="95"/>
        <source>the layer is read-only</source>
        <translation>a camada é só de leitura</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/output_layers.py" line="101"/>
        <source>Saved {0} polygon(s) to {1}.</source>
        <translation>{0} polígono(s) guardado(s) em {1}.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="69"/>
        <source>Load a feature folder encoded with SAM 3 first: text prompts search cached features.</source>
        <translation>Carregue primeiro uma pasta de características codificada com SAM 3: os prompts de texto pesquisam características guardadas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="72"/>
        <source>A text search is already running: wait for it, or cancel it in the task manager.</source>
        <translation>Já está em curso uma pesquisa de texto: aguarde ou cancele-a no gestor de tarefas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="94"/>
        <source>Found {0} &apos;{1}&apos; in {2}: layer &apos;{3}&apos;.</source>
        <translation>Encontrados {0} '{1}' em {2}: camada '{3}'.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="96"/>
        <source>No &apos;{0}&apos; found with a score of {1:g} or more: the layer &apos;{2}&apos; is empty. Lower the threshold to see weaker matches.</source>
        <translation>Nenhum '{0}' encontrado com pontuação de {1:g} ou mais: a camada '{2}' está vazia. Baixe o limiar para ver correspondências mais fracas.</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="105"/>
        <source>Finding &apos;{0}&apos;</source>
        <translation>A procurar '{0}'</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/dock/background.py" line="108"/>
        <source>Finding &apos;{0}&apos;: loading SAM 3</source>
        <translation>A procurar '{0}': a carregar o SAM 3</translation>
    </message>
</context>
<context>
    <name>SegmentEverythingAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="192"/>
        <source>Segment everything</source>
        <translation>Segmentar tudo</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="202"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="203"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensão (por omissão: todos os blocos)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="204"/>
        <source>Points per chip side</source>
        <translation>Pontos por lado do bloco</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="205"/>
        <source>Predicted IoU threshold</source>
        <translation>Limiar de IoU previsto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="206"/>
        <source>Stability score threshold</source>
        <translation>Limiar de estabilidade</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="207"/>
        <source>Minimum polygon area (folder CRS units^2)</source>
        <translation>Área mínima do polígono (unidades^2 do SRC da pasta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="208"/>
        <source>Checkpoint file or downloaded model name (default: the one in the manifest)</source>
        <translation>Ficheiro de checkpoint ou nome de um modelo transferido (por omissão: o do manifesto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="209"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
</context>
<context>
    <name>SegmentPromptsAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="93"/>
        <source>Segment from prompt layers</source>
        <translation>Segmentar a partir de camadas de indicações</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="106"/>
        <source>Feature folder</source>
        <translation>Pasta de características</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="107"/>
        <source>Point prompts</source>
        <translation>Indicações de pontos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="108"/>
        <source>Label field (1 foreground, 0 background)</source>
        <translation>Campo de etiqueta (1 objeto, 0 fundo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="109"/>
        <source>Group field (one object per group)</source>
        <translation>Campo de grupo (um objeto por grupo)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="110"/>
        <source>Box prompts</source>
        <translation>Indicações de retângulos</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="111"/>
        <source>Minimum polygon area (folder CRS units^2)</source>
        <translation>Área mínima do polígono (unidades^2 do SRC da pasta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="112"/>
        <source>Keep only the largest polygon of each object</source>
        <translation>Manter apenas o maior polígono de cada objeto</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="113"/>
        <source>Simplify tolerance (folder CRS units, 0 = none)</source>
        <translation>Tolerância de simplificação (unidades do SRC da pasta, 0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="114"/>
        <source>Checkpoint file or downloaded model name (default: the one in the manifest)</source>
        <translation>Ficheiro de checkpoint ou nome de um modelo transferido (por omissão: o do manifesto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="115"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
</context>
<context>
    <name>SegmentTextAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="250"/>
        <source>Segment by text (SAM 3)</source>
        <translation>Segmentar por texto (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="263"/>
        <source>Feature folder (SAM 3)</source>
        <translation>Pasta de características (SAM 3)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="264"/>
        <source>Text prompt (a short noun phrase)</source>
        <translation>Prompt de texto (uma frase nominal curta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="265"/>
        <source>Example boxes: objects like these (optional)</source>
        <translation>Retângulos de exemplo: objetos como estes (opcional)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="268"/>
        <source>Example label field (1 like this, 0 not like this)</source>
        <translation>Campo de etiqueta dos exemplos (1 como este, 0 não como este)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="273"/>
        <source>Score threshold</source>
        <translation>Limiar de pontuação</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="274"/>
        <source>Extent (default: every chip)</source>
        <translation>Extensão (por omissão: todos os blocos)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="275"/>
        <source>Minimum polygon area (folder CRS units^2)</source>
        <translation>Área mínima do polígono (unidades^2 do SRC da pasta)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="276"/>
        <source>Checkpoint file or downloaded model name (default: the one in the manifest)</source>
        <translation>Ficheiro de checkpoint ou nome de um modelo transferido (por omissão: o do manifesto)</translation>
    </message>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="277"/>
        <source>Polygons</source>
        <translation>Polígonos</translation>
    </message>
</context>
<context>
    <name>_SegmentAlgorithm</name>
    <message>
        <location filename="../geo_sam_plugin/algorithms/alg_segment.py" line="63"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
</context>
</TS>
